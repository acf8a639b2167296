import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { memoryStorage } from "@/test/memory-storage";
import { loadEditDraft, pendingEdit, pendingEditIn, saveEditDraft } from "./edit-drafts";

describe("edit drafts", () => {
  beforeEach(() => vi.stubGlobal("localStorage", memoryStorage()));
  afterEach(() => vi.unstubAllGlobals());

  it("finds the newest kept edit of one conversation, not another's", () => {
    const drafts = { "c1\nm1": { text: "older", at: 1 }, "c1\nm2": { text: "newer", at: 2 }, "c10\nm3": { text: "other chat", at: 3 } };
    expect(pendingEditIn(drafts, "c1")).toEqual({ messageId: "m2", text: "newer" });
    expect(pendingEditIn(drafts, "c10")).toEqual({ messageId: "m3", text: "other chat" });
    expect(pendingEditIn(drafts, "c2")).toBeNull();
  });

  it("keeps an edit per conversation and message, and forgets it when sent or cancelled", () => {
    expect(saveEditDraft("c1", "m1", "rewritten question")).toBe(true);
    expect(loadEditDraft("c1", "m1")).toBe("rewritten question");
    expect(loadEditDraft("c2", "m1")).toBeUndefined();
    expect(pendingEdit("c1")).toEqual({ messageId: "m1", text: "rewritten question" });
    expect(saveEditDraft("c1", "m1", undefined)).toBe(true);
    expect(loadEditDraft("c1", "m1")).toBeUndefined();
    expect(pendingEdit("c1")).toBeNull();
  });

  it("says when an edit could not be kept, so the page asks before closing instead", () => {
    vi.stubGlobal("localStorage", { ...memoryStorage(), setItem: () => { throw new DOMException("full", "QuotaExceededError"); } });
    expect(saveEditDraft("c1", "m1", "typed")).toBe(false);
  });
});
