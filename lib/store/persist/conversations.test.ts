import { beforeEach, describe, expect, it } from "vitest";
import {
  countConversations,
  deleteConversation,
  listConversations,
  loadAttachment,
  loadConversation,
  putConversation,
  renameConversation,
  restoreConversation,
  setPinned,
} from "./conversations";
import { deleteMessages, putMessage, restoreMessages } from "./messages";
import { bytesOf, freshDb, makeConversation, makeImage, makeMessage } from "@/test/persist";

beforeEach(async () => {
  await freshDb();
});

describe("conversations and messages", () => {
  it("stores a conversation with messages and attachment blobs, and loads them back in order", async () => {
    await putConversation(makeConversation("c1"));
    const image = makeImage("a1", [1, 2, 3, 4]);
    await putMessage("c1", makeMessage("m2", { role: "assistant", content: "second", createdAt: 3_000, reasoning: "hmm", reasoningMs: 1200 }));
    await putMessage("c1", makeMessage("m1", { content: "first", createdAt: 2_000, attachments: [image] }));

    const loaded = await loadConversation("c1");
    expect(loaded?.messages.map((m) => m.id)).toEqual(["m1", "m2"]);
    expect(loaded?.messages[1]).toMatchObject({ reasoning: "hmm", reasoningMs: 1200 });
    const attachment = loaded!.messages[0].attachments![0];
    expect(attachment.blob).toBeInstanceOf(Blob);
    expect(await bytesOf(attachment.blob)).toEqual([1, 2, 3, 4]);
    expect(attachment).toMatchObject({ id: "a1", kind: "image", mimeType: "image/png", name: "a1.png" });
    expect(loaded?.quarantined).toBe(0);
  });

  it("counts the stored conversations (not their messages) and follows deletes", async () => {
    expect(await countConversations()).toBe(0);
    await putConversation(makeConversation("c1"));
    await putConversation(makeConversation("c2"));
    await putMessage("c1", makeMessage("m1"));
    await putMessage("c1", makeMessage("m2"));
    expect(await countConversations()).toBe(2);
    await deleteConversation("c1");
    expect(await countConversations()).toBe(1);
  });

  it("returns null for an unknown conversation", async () => {
    expect(await loadConversation("nope")).toBeNull();
  });

  it("rejects a message for a conversation that is not stored", async () => {
    await expect(putMessage("ghost", makeMessage("m1"))).rejects.toMatchObject({ name: "ConversationNotFoundError" });
  });

  it("lists conversations newest activity first, and putMessage touches updatedAt and sets a thumbnail", async () => {
    await putConversation(makeConversation("old", { updatedAt: 10 }));
    await putConversation(makeConversation("new", { updatedAt: 20 }));
    expect((await listConversations()).conversations.map((c) => c.id)).toEqual(["new", "old"]);

    await putMessage("old", makeMessage("m1", { attachments: [makeImage("img")] }));
    const { conversations } = await listConversations();
    expect(conversations.map((c) => c.id)).toEqual(["old", "new"]);
    expect(conversations[0].updatedAt).toBeGreaterThan(20);
    expect(conversations[0].thumbnail).toEqual({ messageId: "m1", attachmentId: "img" });
    expect(await bytesOf((await loadAttachment("old", "img"))!)).toEqual([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]);
  });

  it("renames and pins without changing the activity order", async () => {
    await putConversation(makeConversation("c1", { updatedAt: 50 }));
    await renameConversation("c1", "Renamed");
    await setPinned("c1", true);
    const { conversations } = await listConversations();
    expect(conversations[0]).toMatchObject({ title: "Renamed", pinned: true, updatedAt: 50 });
    await expect(renameConversation("missing", "x")).rejects.toMatchObject({ name: "ConversationNotFoundError" });
  });

  it("putConversation keeps the thumbnail the messages set", async () => {
    await putConversation(makeConversation("c1"));
    await putMessage("c1", makeMessage("m1", { attachments: [makeImage("img")] }));
    await putConversation(makeConversation("c1", { settings: { model: "glm-4.6", thinking: false } }));
    const loaded = await loadConversation("c1");
    expect(loaded?.conversation.settings.model).toBe("glm-4.6");
    expect(loaded?.conversation.thumbnail?.attachmentId).toBe("img");
  });

  it("deleteMessages removes the messages and their attachments, keeping the rest", async () => {
    await putConversation(makeConversation("c1"));
    await putMessage("c1", makeMessage("m1", { createdAt: 1 }));
    await putMessage("c1", makeMessage("m2", { createdAt: 2, attachments: [makeImage("img")] }));
    await putMessage("c1", makeMessage("m3", { createdAt: 3 }));
    await deleteMessages("c1", ["m2", "m3"]);
    const loaded = await loadConversation("c1");
    expect(loaded?.messages.map((m) => m.id)).toEqual(["m1"]);
    expect(loaded?.conversation.thumbnail).toBeUndefined();
    expect(await loadAttachment("c1", "img")).toBeUndefined();
  });

  it("deleteMessages writes the relinked messages and the shown choices in the same transaction", async () => {
    await putConversation(makeConversation("c1", { branches: { u1: "a1b" } }));
    await putMessage("c1", makeMessage("u1", { createdAt: 1, parentId: null }));
    await putMessage("c1", makeMessage("a1", { role: "assistant", createdAt: 2, parentId: "u1" }));
    await putMessage("c1", makeMessage("a1b", { role: "assistant", createdAt: 3, parentId: "u1" }));
    await putMessage("c1", makeMessage("u2", { createdAt: 4, parentId: "a1b" }));
    // Never stored yet (its write was still queued): it comes with its image.
    const u2b = makeMessage("u2b", { createdAt: 5, parentId: null, attachments: [makeImage("img", [7])] });
    await deleteMessages("c1", ["u1", "a1", "a1b"], { relinked: [makeMessage("u2", { createdAt: 4, parentId: null }), u2b], branches: { root: "u2b" } });
    const loaded = await loadConversation("c1");
    expect(loaded?.messages.map((m) => [m.id, m.parentId])).toEqual([["u2", null], ["u2b", null]]);
    expect(await bytesOf(loaded!.messages[1].attachments![0].blob)).toEqual([7]);
    expect(loaded?.conversation.branches).toEqual({ root: "u2b" });
    await deleteMessages("c1", ["u2"], { branches: undefined });
    expect((await loadConversation("c1"))?.conversation.branches).toBeUndefined();
    // No change given: the choices stay as stored.
    await putConversation(makeConversation("c1", { branches: { x: "y" } }));
    await deleteMessages("c1", ["u2b"]);
    expect((await loadConversation("c1"))?.conversation.branches).toEqual({ x: "y" });
  });

  it("deleteMessages moves the thumbnail to the chat's next image, and restoreMessages puts it back", async () => {
    await putConversation(makeConversation("c1"));
    const first = makeMessage("u1", { createdAt: 1, attachments: [makeImage("img1")] });
    await putMessage("c1", first);
    await putMessage("c1", makeMessage("a1", { role: "assistant", createdAt: 2, parentId: "u1" }));
    await putMessage("c1", makeMessage("u2", { createdAt: 3, parentId: "a1", attachments: [makeImage("img2")] }));
    const thumbnail = async () => (await loadConversation("c1"))?.conversation.thumbnail;
    expect(await thumbnail()).toEqual({ messageId: "u1", attachmentId: "img1" });
    await deleteMessages("c1", ["u1"]);
    expect(await thumbnail()).toEqual({ messageId: "u2", attachmentId: "img2" });
    await restoreMessages(makeConversation("c1"), [first]);
    expect(await thumbnail()).toEqual({ messageId: "u1", attachmentId: "img1" });
    await deleteMessages("c1", ["u1", "u2"]);
    expect(await thumbnail()).toBeUndefined();
  });

  it("deleteMessages keeps an image another version of the question still holds", async () => {
    await putConversation(makeConversation("c1"));
    const image = makeImage("img", [4, 5, 6]);
    await putMessage("c1", makeMessage("u1", { createdAt: 1, parentId: null, attachments: [image] }));
    await putMessage("c1", makeMessage("u1b", { createdAt: 2, parentId: null, content: "edited", attachments: [image] }));
    await deleteMessages("c1", ["u1"]);
    const loaded = await loadConversation("c1");
    expect(loaded?.messages.map((m) => m.id)).toEqual(["u1b"]);
    expect(await bytesOf(loaded!.messages[0].attachments![0].blob)).toEqual([4, 5, 6]);
    expect(loaded?.conversation.thumbnail?.attachmentId).toBe("img");
    await deleteMessages("c1", ["u1b"]);
    expect(await loadAttachment("c1", "img")).toBeUndefined();
  });

  it("delete returns a snapshot that restores everything, blobs included (Undo)", async () => {
    await putConversation(makeConversation("c1", { title: "Keep me" }));
    await putMessage("c1", makeMessage("m1", { attachments: [makeImage("img", [9, 8, 7])] }));
    await putConversation(makeConversation("c2"));

    const snapshot = await deleteConversation("c1");
    expect(await loadConversation("c1")).toBeNull();
    expect(await loadAttachment("c1", "img")).toBeUndefined();
    expect((await listConversations()).conversations.map((c) => c.id)).toEqual(["c2"]);

    await restoreConversation(snapshot!);
    const loaded = await loadConversation("c1");
    expect(loaded?.conversation.title).toBe("Keep me");
    expect(await bytesOf(loaded!.messages[0].attachments![0].blob)).toEqual([9, 8, 7]);
    expect(await deleteConversation("missing")).toBeNull();
  });

  it("reports a message saved mid-stream as interrupted", async () => {
    await putConversation(makeConversation("c1"));
    await putMessage("c1", makeMessage("m1", { role: "assistant", status: "streaming", content: "partial" }));
    const loaded = await loadConversation("c1");
    expect(loaded?.messages[0]).toMatchObject({ status: "interrupted", content: "partial" });
  });

  it("loses no write when many messages are saved concurrently (as two tabs would)", async () => {
    await putConversation(makeConversation("c1"));
    await Promise.all(
      Array.from({ length: 20 }, (_, i) => putMessage("c1", makeMessage(`m${i}`, { createdAt: 100 + i }))),
    );
    const loaded = await loadConversation("c1");
    expect(loaded?.messages.map((m) => m.id)).toEqual(Array.from({ length: 20 }, (_, i) => `m${i}`));
  });

  it("re-saving a message does not rewrite its stored attachments", async () => {
    await putConversation(makeConversation("c1"));
    const message = makeMessage("m1", { attachments: [makeImage("big", new Array(5_000).fill(1))] });
    const first = await putMessage("c1", message);
    const second = await putMessage("c1", { ...message, content: "edited text" });
    expect(first.recordsWritten).toBe(3);
    expect(second.recordsWritten).toBe(2);
    expect(second.bytesWritten).toBeLessThan(first.bytesWritten - 4_000);
    expect((await loadConversation("c1"))?.messages[0]).toMatchObject({ content: "edited text", attachments: [{ id: "big" }] });
  });
});
