/**
 * Nothing a user saved is lost: a browser profile written by the app before the renovation
 * (test/fixtures/profile-v2.json, made with that version's own persistence code) opens unchanged
 * and the conversation goes on.
 */
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { ChatRequest } from "@/lib/chat/wire";
import type { StreamEvent } from "@/lib/glm/events";
import { loadLinks } from "@/lib/share-client/links";
import { memoryStorage } from "@/test/memory-storage";
import { installProfile, readProfile, type RawRecord } from "@/test/profile";
import { SCHEMA_VERSION } from "@/lib/chat/message";
import { DB_VERSION, openChatDb } from "./db";
import { listConversations, loadConversation } from "./conversations";

const requests: ChatRequest[] = [];
vi.mock("@/lib/chat/stream-client", () => ({
  ChatRequestError: class extends Error {},
  streamChat: async function* (body: ChatRequest): AsyncGenerator<StreamEvent> {
    requests.push(body);
    yield { type: "text", delta: "Next to it, on the left." };
    yield { type: "finish", reason: "stop" };
  },
}));

type Raw = RawRecord;
const profile = readProfile("profile-v2.json");
const installOldProfile = () => installProfile(profile);

beforeEach(async () => {
  requests.length = 0;
  await installOldProfile();
});

describe("a profile written before the renovation", () => {
  it("is upgraded to the version the message model declares (v3: answer versions)", () => {
    expect(DB_VERSION).toBe(SCHEMA_VERSION);
    expect(profile.indexedDB.version).toBe(2);
    expect(SCHEMA_VERSION).toBe(3);
  });

  it("the v3 migration links each old message to the one before it, per conversation", async () => {
    const text = await loadConversation("conv-text");
    expect(text?.messages.map((m) => [m.id, m.parentId])).toEqual([
      ["u1", null],
      ["a1", "u1"],
      ["u2", "a1"],
      ["a2", "u2"],
      ["u3", "a2"],
      ["a3", "u3"],
    ]);
    const vision = await loadConversation("conv-vision");
    expect(vision?.messages.map((m) => m.parentId)).toEqual([null, "u1"]);
    // Written into the records themselves, not only read that way.
    const db = await openChatDb();
    const raw = await new Promise<Raw[]>((resolve) => {
      const req = db.transaction("messages").objectStore("messages").getAll();
      req.onsuccess = () => resolve(req.result as Raw[]);
    });
    const byTime = raw.filter((r) => r.conversationId === "conv-text").sort((a, b) => (a.createdAt as number) - (b.createdAt as number));
    expect(byTime.map((r) => [r.id, r.parentId])).toEqual([["u1", null], ["a1", "u1"], ["u2", "a1"], ["a2", "u2"], ["u3", "a2"], ["a3", "u3"]]);
    expect(vision?.conversation.branches).toBeUndefined();
  });

  it("lists and opens every conversation unchanged, nothing set aside", async () => {
    const { conversations, quarantined } = await listConversations();
    expect(quarantined).toBe(0);
    const byId = [...conversations].sort((a, b) => a.id.localeCompare(b.id));
    expect(byId.map((c) => [c.id, c.title, c.pinned ?? false])).toEqual([
      ["conv-text", "A story", false],
      ["conv-vision", "Where is Save?", true],
    ]);
    expect(byId[1].thumbnail).toEqual({ messageId: "u1", attachmentId: "att1" });

    const vision = await loadConversation("conv-vision");
    expect(vision?.conversation.settings).toEqual({ model: "glm-4.5v", thinking: true, systemPrompt: "Answer briefly." });
    const [question, answer] = vision!.messages;
    expect(question.attachments?.map((a) => [a.name, a.mimeType, a.width, a.height, a.size])).toEqual([["form.png", "image/png", 2, 1, 72]]);
    const oldBytes = Buffer.from((profile.indexedDB.stores.attachments[0].blob as { $blob: string }).$blob, "base64");
    expect(Buffer.from(await question.attachments![0].blob.arrayBuffer())).toEqual(oldBytes);
    expect(answer).toMatchObject({
      content: "The **Save changes** button is at <|begin_of_box|>[[222,455,340,503]]<|end_of_box|>.",
      reasoning: "The user wants the Save button.",
      reasoningMs: 1800,
      finishReason: "stop",
      usage: { promptTokens: 1290, completionTokens: 61, totalTokens: 1351, cachedTokens: 0 },
    });

    const text = await loadConversation("conv-text");
    expect(text?.messages.map((m) => [m.id, m.status, m.finishReason ?? null, m.error?.code ?? null])).toEqual([
      ["u1", "done", null, null],
      // Saved mid-stream by a tab that is gone: offered for Continue.
      ["a1", "interrupted", null, null],
      ["u2", "done", null, null],
      ["a2", "done", "length", null],
      ["u3", "done", null, null],
      ["a3", "error", "error", "upstream_rate_limited"],
    ]);
  });

  it("keeps the remembered settings and the list of shared links with their deletion tokens", async () => {
    vi.stubGlobal("localStorage", memoryStorage(profile.localStorage));
    try {
      const { loadSettings } = await import("@/lib/store/settings");
      expect(loadSettings()).toEqual({ model: "glm-4.6", thinking: false });
      expect(loadLinks().map((l) => [l.id, l.conversationId, l.deleteToken])).toEqual([["AbCdEfGhIjKl", "conv-vision", "tok-0123456789abcdef"]]);
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it("goes on with the conversation: the old image is sent again and the new turn is stored after the old ones", async () => {
    const { useChatStore, turns } = await import("@/lib/store/chat-store");
    const store = () => useChatStore.getState();
    await store().openRoute("conv-vision");
    expect(store().routeStatus).toBe("ready");
    store().send("And the Cancel button?");
    await turns.whenSettled();
    await store().retryWrites();

    const sent = requests.at(-1)!;
    expect(sent.model).toBe("glm-4.5v");
    expect(sent.messages[0]).toEqual({ role: "system", content: "Answer briefly." });
    const firstUser = sent.messages[1].content;
    expect(Array.isArray(firstUser) && firstUser.map((p) => p.type)).toEqual(["image", "text"]);

    const after = await loadConversation("conv-vision");
    expect(after?.messages.map((m) => [m.role, m.content.slice(0, 24), m.status])).toEqual([
      ["user", "Where is the Save button", "done"],
      ["assistant", "The **Save changes** but", "done"],
      ["user", "And the Cancel button?", "done"],
      ["assistant", "Next to it, on the left.", "done"],
    ]);
    expect(after?.messages[0].attachments).toHaveLength(1);
  });
});
