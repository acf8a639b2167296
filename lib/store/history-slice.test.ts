import { describe, expect, it } from "vitest";
import { makeConversation } from "@/test/persist";
import { mergeNewer } from "./history-slice";

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

  it("gives back an ordered read as it is when nothing in this tab is newer, and orders any other", () => {
    const read = [makeConversation("b", { updatedAt: 20 }), makeConversation("a", { updatedAt: 10 })];
    expect(mergeNewer(read, [makeConversation("a", { updatedAt: 10, title: "same age" })])).toBe(read);
    const unordered = [...read].reverse();
    expect(mergeNewer(unordered, []).map((c) => c.id)).toEqual(["b", "a"]);
  });
});
