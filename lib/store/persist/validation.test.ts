import { beforeEach, describe, expect, it } from "vitest";
import { listConversations, loadConversation, putConversation } from "./conversations";
import { closeChatDb, DB_VERSION, openChatDb, openDatabase, STORES } from "./db";
import { request } from "./idb";
import { putMessage } from "./messages";
import { clearQuarantine, countQuarantine, exportQuarantineJson, listQuarantine } from "./quarantine";
import { freshDb, makeConversation, makeMessage } from "@/test/persist";

let db: IDBDatabase;

beforeEach(async () => {
  ({ db } = await freshDb());
});

async function rawPut(store: string, value: unknown): Promise<void> {
  const tx = db.transaction([store], "readwrite");
  await request(tx.objectStore(store).put(value));
}

describe("validation on load", () => {
  it("sets aside a corrupted conversation with its messages and still lists the rest", async () => {
    await putConversation(makeConversation("good"));
    await rawPut(STORES.conversations, { id: "bad", title: 42, createdAt: "yesterday" });
    await rawPut(STORES.messages, { conversationId: "bad", id: "m1", role: "user", content: "orphan", createdAt: 1 });

    const { conversations, quarantined } = await listConversations();
    expect(conversations.map((c) => c.id)).toEqual(["good"]);
    expect(quarantined).toBe(1);
    const entries = await listQuarantine();
    expect(entries.map((e) => e.store).sort()).toEqual([STORES.conversations, STORES.messages]);
    expect(entries.find((e) => e.store === STORES.conversations)?.reason).toMatch(/title/);
    // Moved, not copied: the next load is clean.
    expect((await listConversations()).quarantined).toBe(0);
  });

  it("never sets aside a message for a finish reason it does not know: it reads as other", async () => {
    await putConversation(makeConversation("c1"));
    await rawPut(STORES.messages, {
      conversationId: "c1", id: "a", role: "assistant", content: "Partial", createdAt: 1, status: "done", finishReason: "model_context_window_exceeded",
    });
    const loaded = await loadConversation("c1");
    expect(loaded?.quarantined).toBe(0);
    expect(loaded?.messages[0]).toMatchObject({ content: "Partial", finishReason: "other" });
  });

  it("keeps when the budget that cut an answer resets, so a reload shows its card still waiting", async () => {
    await putConversation(makeConversation("c1"));
    await putMessage("c1", makeMessage("a", { role: "assistant", content: "Half", status: "done", finishReason: "budget", resetAt: "2026-12-07T00:00:00.000Z" }));
    const loaded = await loadConversation("c1");
    expect(loaded?.messages[0]).toMatchObject({ finishReason: "budget", resetAt: "2026-12-07T00:00:00.000Z" });
  });

  it("sets aside bad messages and attachments (e.g. an old base64 string) and loads the rest", async () => {
    await putConversation(makeConversation("c1"));
    await putMessage("c1", makeMessage("ok", { createdAt: 1 }));
    await rawPut(STORES.messages, { conversationId: "c1", id: "weird", role: "robot", content: "?", createdAt: 2 });
    await rawPut(STORES.messages, {
      conversationId: "c1", id: "img", role: "user", content: "see", createdAt: 3, attachmentIds: ["a1"],
    });
    await rawPut(STORES.attachments, {
      conversationId: "c1", messageId: "img", id: "a1", kind: "image", mimeType: "image/png", name: "x.png", size: 3,
      blob: "iVBORw0KGgo=",
    });

    const loaded = await loadConversation("c1");
    expect(loaded?.messages.map((m) => m.id)).toEqual(["ok", "img"]);
    expect(loaded?.messages[1].attachments).toBeUndefined();
    expect(loaded?.quarantined).toBe(2);
    expect(await countQuarantine()).toBe(2);

    const exported = JSON.parse(await exportQuarantineJson());
    expect(exported.entries.map((e: { record: { id: string } }) => e.record.id).sort()).toEqual(["a1", "weird"]);
    await clearQuarantine();
    expect(await countQuarantine()).toBe(0);
  });

  it("exports quarantined blobs as base64", async () => {
    await putConversation(makeConversation("c1"));
    await rawPut(STORES.attachments, {
      conversationId: "c1", messageId: "m", id: "a1", kind: "gif", mimeType: "image/gif", name: "x", size: 2,
      blob: new Blob([new Uint8Array([1, 2])], { type: "image/gif" }),
    });
    await loadConversation("c1");
    const exported = JSON.parse(await exportQuarantineJson());
    expect(exported.entries[0].record.blob).toEqual({ base64: "AQI=", mimeType: "image/gif" });
  });
});

describe("schema migrations", () => {
  it("upgrades a version 1 database, keeping its data and backfilling updatedAt", async () => {
    closeChatDb();
    const { IDBFactory } = await import("fake-indexeddb");
    const factory = new IDBFactory();
    const v1 = await openDatabase({ factory, version: 1 });
    expect([...v1.objectStoreNames]).not.toContain(STORES.quarantine);
    const tx = v1.transaction([STORES.conversations], "readwrite");
    const { updatedAt: _drop, ...legacy } = makeConversation("legacy", { createdAt: 777 });
    await request(tx.objectStore(STORES.conversations).put(legacy));
    v1.close();

    const upgraded = await openChatDb({ factory });
    expect(upgraded.version).toBe(DB_VERSION);
    expect([...upgraded.objectStoreNames]).toContain(STORES.quarantine);
    const { conversations, quarantined } = await listConversations();
    expect(quarantined).toBe(0);
    expect(conversations[0]).toMatchObject({ id: "legacy", updatedAt: 777 });
  });

  it("closes its connection when another tab upgrades, and reopens on the next call", async () => {
    closeChatDb();
    const { IDBFactory } = await import("fake-indexeddb");
    const factory = new IDBFactory();
    const first = await openChatDb({ factory });
    let closed = false;
    const originalClose = first.close.bind(first);
    first.close = () => {
      closed = true;
      originalClose();
    };
    const newer = await openDatabase({ factory, version: DB_VERSION + 1 }).catch((e) => e);
    // MIGRATIONS has no step for DB_VERSION + 1, so the newer open fails, but only after our tab stepped aside.
    expect(newer).toBeInstanceOf(Error);
    expect(closed).toBe(true);
    const again = await openChatDb();
    expect(again).not.toBe(first);
  });
});
