import { describe, expect, it } from "vitest";
import { messageChanges, sameData } from "./import-changes";
import type { StoredMessage } from "./records";

const msg = (id: string, fields: Partial<StoredMessage> = {}): StoredMessage => ({ id, conversationId: "c", role: "user", content: id, createdAt: 1, status: "done", parentId: null, ...fields });

describe("sameData", () => {
  it("ignores key order and keys holding undefined, not values", () => {
    expect(sameData({ a: 1, b: { c: [1, 2] } }, { b: { c: [1, 2] }, a: 1, d: undefined })).toBe(true);
    expect(sameData({ a: 1, b: { c: [1, 2] } }, { a: 1, b: { c: [2, 1] } })).toBe(false);
    expect(sameData({ a: 1 }, { a: 1, b: null })).toBe(false);
    expect(sameData([1], { 0: 1 })).toBe(false);
    expect(sameData(undefined, {})).toBe(false);
  });
});

describe("messageChanges", () => {
  const stored = [msg("u1"), msg("a1", { role: "assistant", parentId: "u1", createdAt: 2, reasoningStartedAt: 5 })];

  it("counts messages not stored as added, changed ones as updated, the same ones as nothing", () => {
    const incoming = [
      { ...msg("u1") },
      msg("a1", { role: "assistant", parentId: "u1", createdAt: 2, content: "a1 continued" }),
      msg("a1b", { role: "assistant", parentId: "u1", createdAt: 3 }),
      msg("u2", { parentId: "a1b", createdAt: 4 }),
    ];
    expect(messageChanges(stored, incoming)).toEqual({ added: 2, updated: 1 });
  });

  it("sees no change in what an export leaves out (the reasoning's start) or in parents a stored line lacked", () => {
    const unlinked = [msg("u1", { parentId: undefined }), msg("a1", { role: "assistant", createdAt: 2, parentId: undefined })];
    const incoming = [msg("u1"), msg("a1", { role: "assistant", parentId: "u1", createdAt: 2 })];
    expect(messageChanges(stored, incoming)).toEqual({ added: 0, updated: 0 });
    expect(messageChanges(unlinked, incoming)).toEqual({ added: 0, updated: 0 });
  });
});
