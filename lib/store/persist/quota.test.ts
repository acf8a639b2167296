import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { loadConversation, putConversation, renameConversation } from "./conversations";
import { StorageFullError } from "./errors";
import { deleteMessages, putMessage } from "./messages";
import { freshDb, makeConversation, makeImage, makeMessage } from "@/test/persist";

const quotaError = () => new DOMException("The quota has been exceeded.", "QuotaExceededError");
const realPut = IDBObjectStore.prototype.put;

/** Wrap put so that writes to `store` fail the way browsers fail when the disk is full. */
function simulateQuota(store: string, mode: "throw" | "abort"): void {
  vi.spyOn(IDBObjectStore.prototype, "put").mockImplementation(function (this: IDBObjectStore, value, key) {
    if (this.name !== store) return realPut.call(this, value, key);
    if (mode === "throw") throw quotaError();
    // Chromium: the put is accepted, then the whole transaction aborts with the quota error.
    const req = realPut.call(this, value, key);
    const error = quotaError();
    Object.defineProperty(this.transaction, "error", { get: () => error });
    this.transaction.abort();
    return req;
  });
}

beforeEach(async () => {
  await freshDb();
  vi.stubGlobal("navigator", { storage: { estimate: async () => ({ usage: 950_000, quota: 1_000_000 }) } });
  await putConversation(makeConversation("c1", { title: "Saved" }));
  await putMessage("c1", makeMessage("m1", { content: "already saved", attachments: [makeImage("a1")] }));
});

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe("quota exceeded", () => {
  for (const mode of ["throw", "abort"] as const) {
    it(`rejects with StorageFullError carrying usage and loses nothing (${mode})`, async () => {
      simulateQuota("attachments", mode);
      const error = await putMessage("c1", makeMessage("m2", { attachments: [makeImage("big")] })).catch((e) => e);
      expect(error).toBeInstanceOf(StorageFullError);
      expect(error).toMatchObject({ name: "StorageFullError", usage: 950_000, quota: 1_000_000 });
      expect(error.message).toMatch(/928 KB of 977 KB/);

      vi.restoreAllMocks();
      const loaded = await loadConversation("c1");
      // The failed write is all-or-nothing: no message m2 without its attachment.
      expect(loaded?.messages.map((m) => m.id)).toEqual(["m1"]);
      expect(loaded?.messages[0].attachments?.[0].id).toBe("a1");
      expect(loaded?.conversation.title).toBe("Saved");
    });
  }

  it("maps quota failures of conversation writes too", async () => {
    simulateQuota("conversations", "abort");
    await expect(renameConversation("c1", "New")).rejects.toBeInstanceOf(StorageFullError);
    await expect(deleteMessages("c1", ["m1"])).rejects.toBeInstanceOf(StorageFullError);
    vi.restoreAllMocks();
    const loaded = await loadConversation("c1");
    expect(loaded?.conversation.title).toBe("Saved");
    expect(loaded?.messages).toHaveLength(1);
  });

  it("works without navigator.storage (usage unknown)", async () => {
    vi.stubGlobal("navigator", undefined);
    simulateQuota("messages", "throw");
    const error = await putMessage("c1", makeMessage("m3")).catch((e) => e);
    expect(error).toBeInstanceOf(StorageFullError);
    expect(error.usage).toBeUndefined();
    expect(error.message).toBe("Browser storage is full.");
  });

  it("passes other errors through unchanged", async () => {
    vi.spyOn(IDBObjectStore.prototype, "put").mockImplementation(() => {
      throw new DOMException("bad clone", "DataCloneError");
    });
    await expect(putMessage("c1", makeMessage("m4"))).rejects.toMatchObject({ name: "DataCloneError" });
  });
});

describe("freeing space", () => {
  it("dropAttachments deletes the bytes but keeps the text, even while storage is full", async () => {
    simulateQuota("conversations", "throw");
    const { dropAttachments } = await import("./messages");
    const freed = await dropAttachments("c1");
    expect(freed.count).toBe(1);
    expect(freed.freedBytes).toBeGreaterThan(0);
    vi.restoreAllMocks();
    const loaded = await loadConversation("c1");
    expect(loaded?.messages[0]).toMatchObject({ content: "already saved" });
    expect(loaded?.messages[0].attachments).toBeUndefined();
  });
});
