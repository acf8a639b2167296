import { describe, expect, it } from "vitest";
import { makeConversation } from "@/test/persist";
import { mergeNewer, withActivity } from "./history-slice";

describe("mergeNewer", () => {
  it("keeps a chat started while the list loaded, and the newer version of each conversation", () => {
    const read = [makeConversation("a", { updatedAt: 10, title: "stored a" }), makeConversation("b", { updatedAt: 20 })];
    const current = [makeConversation("a", { updatedAt: 30, title: "sent just now" }), makeConversation("new", { updatedAt: 40 }), makeConversation("b", { updatedAt: 20, title: "stale" })];
    const merged = mergeNewer(read, current);
    expect(merged.map((c) => [c.id, c.title])).toEqual([
      ["new", "Conversation new"],
      ["a", "sent just now"],
      ["b", "Conversation b"],
    ]);
  });

  it("keeps the stored entry when this tab's is not newer, and orders the result newest first", () => {
    const read = [makeConversation("b", { updatedAt: 20 }), makeConversation("a", { updatedAt: 10 })];
    const merged = mergeNewer(read, [makeConversation("a", { updatedAt: 10, title: "same age" })]);
    expect(merged).toEqual(read);
    expect(merged[1]).toBe(read[1]);
    const unordered = [...read].reverse();
    expect(mergeNewer(unordered, []).map((c) => c.id)).toEqual(["b", "a"]);
  });
});

describe("withActivity", () => {
  const list = [makeConversation("a", { updatedAt: 40 }), makeConversation("b", { updatedAt: 30 }), makeConversation("c", { updatedAt: 20 }), makeConversation("d", { updatedAt: 10 })];
  const ids = (l: readonly { id: string }[]) => l.map((c) => c.id).join("");

  it("moves the entry up past those less recently active, with its new time, and leaves the rest as they were", () => {
    const moved = withActivity(list, 2, 50);
    expect(ids(moved)).toBe("cabd");
    expect(moved[0]).toMatchObject({ id: "c", updatedAt: 50 });
    expect(moved[1]).toBe(list[0]);
    expect(moved[3]).toBe(list[3]);
    expect(ids(withActivity(list, 3, 35))).toBe("adbc");
    expect(ids(list)).toBe("abcd");
  });

  it("returns the same list when the entry stays where it is (the chat on top answering)", () => {
    expect(withActivity(list, 0, 60)).toBe(list);
    expect(withActivity(list, 2, 30)).toBe(list);
  });
});
