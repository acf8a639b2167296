/**
 * A profile written by the app just before answer versions (test/fixtures/profile-v2-da0ee10.json,
 * made with that commit's own persistence code, IndexedDB version 2) opens unchanged after the v3
 * migration, reads as one line, and takes versions and Continue from there.
 */
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { ChatRequest } from "@/lib/chat/wire";
import type { StreamEvent } from "@/lib/glm/events";
import { shownPath } from "@/lib/chat/tree";
import { installProfile, readProfile } from "@/test/profile";
import { loadConversation } from "./conversations";

const requests: ChatRequest[] = [];
vi.mock("@/lib/chat/stream-client", () => ({
  ChatRequestError: class extends Error {},
  streamChat: async function* (body: ChatRequest): AsyncGenerator<StreamEvent> {
    requests.push(body);
    yield { type: "text", delta: "it falls back again." };
    yield { type: "finish", reason: "stop" };
  },
}));

const profile = readProfile("profile-v2-da0ee10.json");
const stored = (conversationId: string, id: string) => {
  const { conversationId: _c, ...message } = profile.indexedDB.stores.messages.find((m) => m.conversationId === conversationId && m.id === id)!;
  return message;
};

beforeEach(async () => {
  requests.length = 0;
  await installProfile(profile);
});

describe("a profile from just before answer versions", () => {
  it("opens every message exactly as stored, each linked to the one before", async () => {
    const search = await loadConversation("conv-search");
    expect(search?.conversation).toEqual(profile.indexedDB.stores.conversations.find((c) => c.id === "conv-search"));
    const parents: Record<string, string | null> = { u1: null, a1: "u1", u2: "a1", a2: "u2" };
    expect(search?.messages).toEqual(["u1", "a1", "u2", "a2"].map((id) => ({ ...stored("conv-search", id), parentId: parents[id] })));
    expect(shownPath(search!.messages, search!.conversation.branches).map((m) => m.id)).toEqual(["u1", "a1", "u2", "a2"]);
    const tools = await loadConversation("conv-tools");
    expect(tools?.messages[1]).toEqual({ ...stored("conv-tools", "a1"), parentId: "u1" });
  });

  it("continues the answer cut by the token cap, then regenerates it as a second version", async () => {
    const { useChatStore, turns } = await import("@/lib/store/chat-store");
    const store = () => useChatStore.getState();
    const settle = async () => {
      await turns.whenSettled();
      await store().retryWrites();
    };
    await store().openRoute("conv-search");
    store().continueAnswer("a2");
    await settle();
    expect(requests[0].messages.at(-2)).toEqual({ role: "assistant", content: "The sea climbs up the stones of Qingdao,\nand " });
    expect(store().messages.at(-1)).toMatchObject({ id: "a2", content: "The sea climbs up the stones of Qingdao,\nand it falls back again.", finishReason: "stop" });

    store().regenerate("a2");
    await settle();
    const loaded = await loadConversation("conv-search");
    expect(loaded?.messages.filter((m) => m.parentId === "u2").map((m) => m.content)).toEqual(["The sea climbs up the stones of Qingdao,\nand it falls back again.", "it falls back again."]);
    expect(shownPath(loaded!.messages, loaded!.conversation.branches).at(-1)?.content).toBe("it falls back again.");
  });
});
