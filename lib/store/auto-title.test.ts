import { beforeEach, describe, expect, it, vi } from "vitest";
import { eventually } from "@/test/eventually";
import type { StreamEvent } from "@/lib/glm/events";
import { freshDb, makeConversation, makeMessage } from "@/test/persist";
import { listConversations, putConversation, putMessage } from "./persist";

vi.mock("@/lib/chat/stream-client", () => ({
  ChatRequestError: class extends Error {},
  streamChat: async function* (): AsyncGenerator<StreamEvent> {
    yield { type: "text", delta: "An answer" };
    yield { type: "finish", reason: "stop" };
  },
}));

const { useChatStore, turns } = await import("./chat-store");
const store = () => useChatStore.getState();

/** /api/title answers with this, once `release` is called (so a rename can come first). */
let reply: { title: string | null; enabled?: boolean } = { title: "Generated title" };
let release: () => void = () => {};
const asked: unknown[] = [];
vi.stubGlobal("fetch", async (_url: string, init: RequestInit) => {
  asked.push(JSON.parse(String(init.body)));
  await new Promise<void>((r) => (release = r));
  return new Response(JSON.stringify(reply), { status: 200 });
});

async function settled() {
  await turns.whenSettled();
  await store().retryWrites();
}

beforeEach(async () => {
  await freshDb();
  asked.length = 0;
  reply = { title: "Generated title" };
  store().newChat();
});

describe("generated titles", () => {
  it("replace the first-line title after the first answer, in the store and in storage", async () => {
    store().send("please plan a trip");
    await settled();
    await eventually(() => expect(asked).toHaveLength(1));
    expect(asked[0]).toEqual({ user: "please plan a trip", answer: "An answer" });
    release();
    await eventually(() => expect(store().conversation).toMatchObject({ title: "Generated title", titleSource: "generated" }));
    await store().retryWrites();
    await eventually(async () => expect((await listConversations()).conversations[0]).toMatchObject({ title: "Generated title", titleSource: "generated" }));
  });

  it("never replace a title the user typed meanwhile", async () => {
    store().send("please plan a trip");
    await settled();
    await eventually(() => expect(asked).toHaveLength(1));
    store().rename(store().conversation.id, "Kyoto in May");
    const original = store().applyGeneratedTitle;
    const applied: string[] = [];
    useChatStore.setState({ applyGeneratedTitle: (id, title) => (applied.push(title), original(id, title)) });
    release();
    await eventually(() => expect(applied).toEqual(["Generated title"]));
    await store().retryWrites();
    expect((await listConversations()).conversations[0]).toMatchObject({ title: "Kyoto in May", titleSource: "user" });
    expect(store().conversation).toMatchObject({ title: "Kyoto in May", titleSource: "user" });
  });
  it("name a chat whose answer ended while another chat was open", async () => {
    store().send("please plan a trip");
    const id = store().conversation.id;
    store().newChat();
    await settled();
    await eventually(() => expect(asked).toHaveLength(1));
    expect(asked[0]).toEqual({ user: "please plan a trip", answer: "An answer" });
    release();
    await eventually(() => expect(store().conversations.find((c) => c.id === id)).toMatchObject({ title: "Generated title", titleSource: "generated" }));
    expect(store().conversation.id).not.toBe(id);
  });

  it("name a chat whose answer ended while that chat was being opened", async () => {
    const { autoTitle } = await import("./auto-title");
    await putConversation(makeConversation("c1", { title: "please plan a trip" }));
    await putMessage("c1", makeMessage("u", { content: "please plan a trip", createdAt: 1 }));
    const answer = makeMessage("a", { role: "assistant", content: "An answer", status: "done", createdAt: 2 });
    await putMessage("c1", answer);
    useChatStore.setState({ conversations: [makeConversation("c1", { title: "please plan a trip" })] });
    // openRoute has set the chat's id but not yet read its messages when the answer's end names it.
    const opening = store().openRoute("c1");
    expect(store().routeStatus).toBe("loading");
    autoTitle(useChatStore.getState, "c1", answer);
    await eventually(() => expect(asked).toHaveLength(1));
    expect(asked[0]).toEqual({ user: "please plan a trip", answer: "An answer" });
    release();
    await opening;
    await eventually(() => expect(store().conversation).toMatchObject({ title: "Generated title", titleSource: "generated" }));
  });
});
