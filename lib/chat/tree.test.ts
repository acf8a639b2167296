import { describe, expect, it } from "vitest";
import { addMessage, branchesShowing, linkParents, removeMessage, removeQuestion, shownPath, showMessage, subtreeIds, versionsOf, type Branches } from "./tree";

type M = { id: string; createdAt: number; parentId?: string | null };
const m = (id: string, parentId: string | null, createdAt: number): M => ({ id, parentId, createdAt });
const ids = (list: readonly M[]) => list.map((x) => x.id);

// u1 ─ a1 ─ u2 ─ a2            (a1b: a regenerated answer to u1; u1b: an edited first question)
//    └ a1b                     u1b ─ a1c
const tree: M[] = [m("u1", null, 1), m("a1", "u1", 2), m("u2", "a1", 3), m("a2", "u2", 4), m("a1b", "u1", 5), m("u1b", null, 6), m("a1c", "u1b", 7)];

describe("answer versions as a tree", () => {
  it("reads data from before versions as one line in order", () => {
    const legacy: M[] = [{ id: "x", createdAt: 1 }, { id: "y", createdAt: 2 }, { id: "z", createdAt: 3 }];
    expect(linkParents(legacy).map((x) => x.parentId)).toEqual([null, "x", "y"]);
    const linked = [m("x", null, 1), m("y", "x", 2)];
    expect(linkParents(linked)).toBe(linked);
  });

  it("shows the newest version at each fork unless another was chosen", () => {
    expect(ids(shownPath(tree))).toEqual(["u1b", "a1c"]);
    expect(ids(shownPath(tree, { "": "u1" }))).toEqual(["u1", "a1b"]);
    expect(ids(shownPath(tree, { "": "u1", u1: "a1" }))).toEqual(["u1", "a1", "u2", "a2"]);
    // A choice pointing at a message that is gone falls back to the newest.
    expect(ids(shownPath(tree, { "": "gone" }))).toEqual(["u1b", "a1c"]);
    expect(shownPath([])).toEqual([]);
  });

  it("numbers siblings oldest first and links each to its neighbours", () => {
    const versions = versionsOf(tree);
    expect(versions.get("a1")).toEqual({ index: 1, count: 2, prevId: undefined, nextId: "a1b" });
    expect(versions.get("a1b")).toEqual({ index: 2, count: 2, prevId: "a1", nextId: undefined });
    expect(versions.get("u1b")).toMatchObject({ index: 2, count: 2, prevId: "u1" });
    expect(versions.has("a2")).toBe(false);
  });

  it("switching a question's version switches everything after it, keeping each branch's own choice", () => {
    let branches: Branches = showMessage({}, tree[0]);
    branches = showMessage(branches, tree[1]);
    expect(ids(shownPath(tree, branches))).toEqual(["u1", "a1", "u2", "a2"]);
    branches = showMessage(branches, tree[5]);
    expect(ids(shownPath(tree, branches))).toEqual(["u1b", "a1c"]);
    branches = showMessage(branches, tree[0]);
    expect(ids(shownPath(tree, branches))).toEqual(["u1", "a1", "u2", "a2"]);
  });

  it("shows a message in an earlier version by choosing, at each fork above it, the version on its way", () => {
    // a2 lies under u1 (not the newest first question) and a1 (not the newest answer to it).
    const branches = branchesShowing(tree, {}, "a2");
    expect(branches).toEqual({ "": "u1", u1: "a1" });
    expect(ids(shownPath(tree, branches))).toEqual(["u1", "a1", "u2", "a2"]);
    // Choices already made elsewhere are kept; a shown message or an unknown id changes nothing.
    const kept = { "": "u1b", a9: "x" };
    expect(branchesShowing(tree, kept, "a1b")).toEqual({ "": "u1", a9: "x" });
    const shown = { "": "u1", u1: "a1" };
    expect(branchesShowing(tree, shown, "u2")).toBe(shown);
    expect(branchesShowing(tree, {}, "a1c")).toEqual({});
    expect(branchesShowing(tree, shown, "gone")).toBe(shown);
    // A cycle (damaged data) ends the walk.
    expect(branchesShowing([m("p", "q", 1), m("q", "p", 2)], {}, "p")).toEqual({});
  });

  it("adding a sibling shows it and stores the choice; adding an only child stores nothing", () => {
    const added = addMessage(tree, { "": "u1", u1: "a1" }, m("a1d", "u1", 8));
    expect(added.branches).toEqual({ "": "u1", u1: "a1d" });
    expect(ids(shownPath(added.messages, added.branches))).toEqual(["u1", "a1d"]);
    const leaf = addMessage(tree, undefined, m("u3", "a2", 9));
    expect(leaf.branches).toBeUndefined();
    expect(leaf.messages).toHaveLength(tree.length + 1);
  });

  it("a new sibling is the newest, so it is shown where no choice was stored", () => {
    const more = [...tree, m("a1d", "u1", 8)];
    expect(ids(shownPath(more, { "": "u1" }))).toEqual(["u1", "a1d"]);
    expect(versionsOf(more).get("a1d")).toMatchObject({ index: 3, count: 3 });
  });

  it("deleting a version takes its branch; the choice falls back to a remaining version", () => {
    const branches = { "": "u1", u1: "a1" };
    const removal = removeMessage(tree, branches, "a1");
    expect(removal.removed.sort()).toEqual(["a1", "a2", "u2"]);
    expect(removal.branches).toEqual({ "": "u1" });
    expect(ids(shownPath(removal.messages, removal.branches))).toEqual(["u1", "a1b"]);
    expect(removal.relinked).toEqual([]);
  });

  it("deleting a message without versions cuts it out of the line, its children taking its place", () => {
    const line = [m("u1", null, 1), m("a1", "u1", 2), m("u2", "a1", 3), m("a2", "u2", 4)];
    const removal = removeMessage(line, {}, "a1");
    expect(removal.removed).toEqual(["a1"]);
    expect(removal.relinked).toEqual([m("u2", "u1", 3)]);
    expect(ids(shownPath(removal.messages, removal.branches))).toEqual(["u1", "u2", "a2"]);
    // The first message goes too: the next one becomes a first message.
    const first = removeMessage(line, {}, "u1");
    expect(first.relinked).toEqual([m("a1", null, 2)]);
    expect(ids(shownPath(first.messages))).toEqual(["a1", "u2", "a2"]);
    expect(removeMessage(line, {}, "nope").removed).toEqual([]);
    const choices = { u1: "a1" };
    expect(removeMessage(line, choices, "a2").branches).toBe(choices);
  });

  it("deleting a question takes its answers with it; the next question follows the answer before", () => {
    type Q = M & { role: "user" | "assistant" };
    const q = (id: string, parentId: string | null, createdAt: number): Q => ({ ...m(id, parentId, createdAt), role: id.startsWith("u") ? "user" : "assistant" });
    const line = [q("u1", null, 1), q("a1", "u1", 2), q("u2", "a1", 3), q("a2", "u2", 4), q("u3", "a2", 5), q("a3", "u3", 6)];
    const middle = removeQuestion(line, {}, "u2");
    expect(middle.removed.sort()).toEqual(["a2", "u2"]);
    expect(ids(shownPath(middle.messages, middle.branches))).toEqual(["u1", "a1", "u3", "a3"]);
    expect(middle.relinked).toEqual([q("u3", "a1", 5)]);
    // With two answers to it: the hidden one goes with what followed it, the shown one's follow-up stays.
    const versions = [...line, q("a2b", "u2", 7), q("u4", "a2b", 8)];
    const both = removeQuestion(versions, { u2: "a2" }, "u2");
    expect(both.removed.sort()).toEqual(["a2", "a2b", "u2", "u4"]);
    expect(ids(shownPath(both.messages, both.branches))).toEqual(["u1", "a1", "u3", "a3"]);
    expect(both.branches).toEqual({});
    // The last question, unanswered or answered, and a question with versions of its own.
    expect(ids(removeQuestion(line, {}, "u3").messages)).toEqual(["u1", "a1", "u2", "a2"]);
    const edited = [...line, q("u2b", "a1", 9)];
    expect(removeQuestion(edited, { a1: "u2" }, "u2").removed.sort()).toEqual(["a2", "a3", "u2", "u3"]);
  });

  it("a cut-out message's shown child keeps being shown", () => {
    const forked = [m("u1", null, 1), m("a1", "u1", 2), m("a1b", "u1", 3)];
    const removal = removeMessage(forked, { u1: "a1" }, "u1");
    expect(removal.branches).toEqual({ "": "a1" });
    expect(ids(shownPath(removal.messages, removal.branches))).toEqual(["a1"]);
  });

  it("collects a subtree, and survives a damaged cycle", () => {
    expect(subtreeIds(tree, "u1").sort()).toEqual(["a1", "a1b", "a2", "u1", "u2"]);
    const cycle = [m("a", "b", 1), m("b", "a", 2), m("r", null, 0)];
    expect(ids(shownPath(cycle))).toEqual(["r"]);
  });
});
