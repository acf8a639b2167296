import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { putConversation } from "./conversations";
import { measureAppendBytes } from "@/e2e/bench/page-hooks";
import { requestPersistence, storageEstimate } from "./estimate";
import { putMessage } from "./messages";
import { freshDb, makeConversation, makeImage, makeMessage } from "@/test/persist";

beforeEach(async () => {
  await freshDb();
});

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe("storageEstimate", () => {
  it("reports bytes per conversation, largest first, with the browser's total", async () => {
    vi.stubGlobal("navigator", { storage: { estimate: async () => ({ usage: 5_000, quota: 100_000 }) } });
    await putConversation(makeConversation("small"));
    await putMessage("small", makeMessage("m1", { content: "hi" }));
    await putConversation(makeConversation("big"));
    await putMessage("big", makeMessage("m1", { attachments: [makeImage("a", new Array(10_000).fill(7))] }));

    const report = await storageEstimate();
    expect(report.conversations.map((c) => c.id)).toEqual(["big", "small"]);
    const [big, small] = report.conversations;
    expect(big.attachmentBytes).toBeGreaterThanOrEqual(10_000);
    expect(big.attachmentBytes).toBeLessThan(11_000);
    expect(small).toMatchObject({ attachmentBytes: 0, messageCount: 1 });
    expect(small.messageBytes).toBeGreaterThan(0);
    expect(report.totalBytes).toBe(big.bytes + small.bytes);
    expect(report).toMatchObject({ usage: 5_000, quota: 100_000 });
  });
});

describe("requestPersistence", () => {
  it("asks once and reports the answer", async () => {
    const persist = vi.fn(async () => true);
    vi.stubGlobal("navigator", { storage: { persisted: async () => false, persist } });
    expect(await requestPersistence()).toEqual({ supported: true, persisted: true });
    expect(persist).toHaveBeenCalledOnce();
  });

  it("does not ask again when already persisted, and copes without the API", async () => {
    const persist = vi.fn(async () => true);
    vi.stubGlobal("navigator", { storage: { persisted: async () => true, persist } });
    expect(await requestPersistence()).toEqual({ supported: true, persisted: true });
    expect(persist).not.toHaveBeenCalled();
    vi.stubGlobal("navigator", {});
    expect(await requestPersistence()).toEqual({ supported: false, persisted: false });
  });
});

describe("bytes written for one new message", () => {
  it("does not grow with the conversation (500 vs 5 messages) and puts only 2 records", async () => {
    const puts: string[] = [];
    const realPut = IDBObjectStore.prototype.put;
    const small = await measureAppendBytes(5);
    vi.spyOn(IDBObjectStore.prototype, "put").mockImplementation(function (this: IDBObjectStore, value, key) {
      puts.push(this.name);
      return realPut.call(this, value, key);
    });
    const large = await measureAppendBytes(500);
    console.info(`putMessage in a 500-message conversation: ${large.bytesWritten} bytes, ${large.recordsWritten} records`);
    expect(large.bytesWritten).toBe(small.bytesWritten);
    expect(large.bytesWritten).toBeLessThan(1_000);
    expect(large.recordsWritten).toBe(2);
    // Conversation created, 500 seeded messages, then the append: one message + one conversation touch.
    expect(puts).toHaveLength(1 + 500 + 2);
    expect(puts.slice(-2)).toEqual(["messages", "conversations"]);
  });

  it("a longer message costs proportionally more", async () => {
    await putConversation(makeConversation("c"));
    const short = await putMessage("c", makeMessage("s", { content: "x".repeat(100) }));
    const long = await putMessage("c", makeMessage("l", { content: "x".repeat(10_100) }));
    expect(long.bytesWritten - short.bytesWritten).toBe(20_000);
  });
});
