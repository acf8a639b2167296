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

  it("keeps the stored entry when this tab's is not newer, and orders the result newest first", () => {
    const read = [makeConversation("b", { updatedAt: 20 }), makeConversation("a", { updatedAt: 10 })];
    const merged = mergeNewer(read, [makeConversation("a", { updatedAt: 10, title: "same age" })]);
    expect(merged).toEqual(read);
    expect(merged[1]).toBe(read[1]);
    const unordered = [...read].reverse();
    expect(mergeNewer(unordered, []).map((c) => c.id)).toEqual(["b", "a"]);
  });
});
