import { beforeEach, describe, expect, it, vi } from "vitest";
import { eventually } from "@/test/eventually";
import type { ChatRequest } from "@/lib/chat/wire";
import type { StreamEvent } from "@/lib/glm/events";
import { bytesOf, freshDb, makeConversation, makeImage, makeMessage } from "@/test/persist";
import { listConversations, loadConversation, putConversation, putMessage, StorageFullError } from "./persist";
import { updateConversation } from "./persist/conversations";
import { streamLockName } from "./persist/stream-locks";
import { CHANNEL_NAME, TAB_ID } from "./persist/sync";
import { followOtherTabs } from "./open-sync";
import { showMessage } from "@/lib/chat/tree";

// The network is not under test here: a scripted stream sends two text deltas and finishes
// (once `stream.hold` has settled: a test can keep an answer streaming).
const turns: { history: ChatRequest["messages"] }[] = [];
const stream = { hold: Promise.resolve() };
vi.mock("@/lib/chat/stream-client", () => ({
  ChatRequestError: class extends Error {},
  streamChat: async function* (body: ChatRequest): AsyncGenerator<StreamEvent> {
    turns.push({ history: body.messages });
    yield { type: "text", delta: "Hello" };
    yield { type: "text", delta: " there" };
    await stream.hold;
    yield { type: "finish", reason: "stop" };
  },
}));

const { useChatStore, turns: runner } = await import("./chat-store");
const store = () => useChatStore.getState();
const texts = (messages: ChatRequest["messages"] | undefined) => messages?.map((m) => (typeof m.content === "string" ? m.content : "(parts)"));

/** Paths of values that are not plain data (primitives, arrays, plain objects, Blobs). */
function liveObjects(value: unknown, path = "state"): string[] {
  if (value === null || typeof value !== "object") return typeof value === "function" ? [path] : [];
  if (value instanceof Blob) return [];
  if (Array.isArray(value)) return value.flatMap((v, i) => liveObjects(v, `${path}[${i}]`));
  const proto = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return [path];
  return Object.entries(value).flatMap(([k, v]) => liveObjects(v, `${path}.${k}`));
}

/** The turn has finished, its final save and every queued write have landed. */
async function settle() {
  await runner.whenSettled();
  await store().retryWrites();
}

beforeEach(async () => {
  await freshDb();
  turns.length = 0;
  stream.hold = Promise.resolve();
  store().newChat();
  useChatStore.setState({ conversations: [], undo: null, messageUndo: null, storageWarning: null, pendingWrites: 0, quarantined: 0 });
});

describe("firstTitle", () => {
  it("is the first line, at most 60 characters, or the attachment names", async () => {
    const { firstTitle } = await import("./conversation-slice");
    expect(firstTitle({ role: "user", content: "  Plan a trip\nto Kyoto  " })).toBe("Plan a trip");
    expect(firstTitle({ role: "user", content: "x".repeat(80) })).toBe(`${"x".repeat(59)}…`);
    expect(firstTitle({ role: "user", content: "y".repeat(60) })).toBe("y".repeat(60));
    // Text files come first in the content; the title is what was typed, else the files' names.
    const file = "File: data.csv\n```csv\na,b\n```";
    expect(firstTitle({ role: "user", content: `${file}\n\nSum the columns` })).toBe("Sum the columns");
    expect(firstTitle({ role: "user", content: file })).toBe("data.csv");
    expect(firstTitle({ role: "user", content: "", attachments: [makeImage("i1", [1, 2], "receipt.png")] })).toBe("receipt.png");
    // Typed text that only looks like a file block is the title when the message has no files.
    expect(firstTitle({ role: "user", content: "File: app.ts\n```ts\nx\n```", textFiles: 0 })).toBe("File: app.ts");
  });

  it("reads the question's markdown as words, so the history, header and tab show no syntax", async () => {
    const { firstTitle } = await import("./conversation-slice");
    expect(firstTitle({ role: "user", content: "# Plan for Q3\nbudget first" })).toBe("Plan for Q3");
    expect(firstTitle({ role: "user", content: "**Fix** this: `npm ci` fails, see [docs](https://x)" })).toBe("Fix this: npm ci fails, see docs");
    expect(firstTitle({ role: "user", content: "```sh\nnpm ci\n```\nwhy?" })).toBe("npm ci");
    expect(firstTitle({ role: "user", content: "__init__ vs **kwargs" })).toBe("__init__ vs **kwargs");
    // Cut after the syntax is gone: the url does not use up the 60 characters.
    expect(firstTitle({ role: "user", content: `[${"w ".repeat(29)}w](https://example.com/a/long/path)` })).toBe(`${"w ".repeat(29)}w`);
    const shot = { role: "user" as const, content: "", attachments: [makeImage("i1", [1, 2], "gui.png")] };
    expect(firstTitle(shot, "- **Save** the settings")).toBe("Save the settings");
  });

  it("is the task for a GUI-agent session, not its screenshot's name", async () => {
    const { firstTitle } = await import("./conversation-slice");
    const shot = { role: "user" as const, content: "", attachments: [makeImage("i1", [1, 2], "gui-settings.png")] };
    expect(firstTitle(shot, "  Save the settings with the name Ada Lovelace\n")).toBe("Save the settings with the name Ada Lovelace");
    expect(firstTitle(shot, "t".repeat(80))).toBe(`${"t".repeat(59)}…`);
    // No task typed yet: the message names it as before.
    expect(firstTitle(shot, " ")).toBe("gui-settings.png");
  });
});

describe("chat store with persistence", () => {
  it("names a GUI-agent session after its task in the history and the stored record", async () => {
    store().setAgent({ task: "Save the settings with the name Ada Lovelace", platform: "ubuntu" });
    store().send("", [makeImage("i1", [1, 2], "gui-settings.png")]);
    await settle();
    const id = store().conversation.id;
    expect(store().conversation.title).toBe("Save the settings with the name Ada Lovelace");
    expect(store().conversations.find((c) => c.id === id)?.title).toBe("Save the settings with the name Ada Lovelace");
    expect((await loadConversation(id))?.conversation.title).toBe("Save the settings with the name Ada Lovelace");
  });

  it("send stores the conversation, the user message and the finished answer", async () => {
    store().send("What is in this picture?");
    await settle();
    const id = store().conversation.id;
    const loaded = await loadConversation(id);
    expect(loaded?.conversation.title).toBe("What is in this picture?");
    expect(loaded?.messages.map((m) => [m.role, m.content, m.status])).toEqual([
      ["user", "What is in this picture?", "done"],
      ["assistant", "Hello there", "done"],
    ]);
    expect(store().conversations.map((c) => c.id)).toEqual([id]);
  });

  it("continuing in a new chat keeps the chat's own prompt and sends the earlier chat as background", async () => {
    store().setChatParams({ systemPrompt: "Answer in French.", temperature: 0.3 });
    store().send("Where is the cat?");
    await settle();
    const earlier = store().conversation;
    store().continueInNewChat();
    expect(store().conversation.id).not.toBe(earlier.id);
    // Stored before its first message: a reload then keeps what it carries.
    await settle();
    expect((await loadConversation(store().conversation.id))?.conversation.settings.carriedOver?.fromId).toBe(earlier.id);
    expect(store().conversation.settings).toMatchObject({ systemPrompt: "Answer in French.", temperature: 0.3, carriedOver: { fromId: earlier.id, fromTitle: "Where is the cat?", included: 2, total: 2 } });
    store().send("And the dog?");
    await settle();
    expect(turns.at(-1)?.history[0].content).toMatch(/User: Where is the cat\?\nAssistant: Hello there\n\nAnswer in French\.$/);
    expect((await loadConversation(store().conversation.id))?.conversation).toMatchObject({ title: "And the dog?", settings: { carriedOver: { fromId: earlier.id } } });
    store().dropCarriedOver();
    store().send("And the bird?");
    await settle();
    expect(turns.at(-1)?.history[0].content).toBe("Answer in French.");
    expect((await loadConversation(store().conversation.id))?.conversation.settings.carriedOver).toBeUndefined();
  });

  it("holds only serialisable state, also while an answer streams", async () => {
    store().send("Describe this", [makeImage("i1")]);
    expect(store().streamingId).not.toBeNull();
    const data = Object.fromEntries(Object.entries(store()).filter(([, v]) => typeof v !== "function"));
    // Plain data only: no AbortController, promise, stream or other live object anywhere in it.
    expect(liveObjects(data)).toEqual([]);
    await settle();
  });

  it("keeps question and answer in order even when both are created in the same millisecond", async () => {
    const now = vi.spyOn(Date, "now").mockReturnValue(5_000);
    try {
      store().send("one");
      await settle();
      store().send("two");
      await settle();
    } finally {
      now.mockRestore();
    }
    const loaded = await loadConversation(store().conversation.id);
    expect(loaded?.messages.map((m) => m.content)).toEqual(["one", "Hello there", "two", "Hello there"]);
  });

  it("opens a stored conversation with its own settings, and reports an unknown one as missing", async () => {
    await putConversation(makeConversation("c1", { settings: { model: "glm-4.6", thinking: false, systemPrompt: "Be brief." } }));
    await putMessage("c1", makeMessage("m1", { content: "stored" }));
    await store().openRoute("c1");
    expect(store().routeStatus).toBe("ready");
    expect(store().messages.map((m) => m.content)).toEqual(["stored"]);
    expect(store().conversation.settings).toEqual({ model: "glm-4.6", thinking: false, systemPrompt: "Be brief." });
    await store().openRoute("nope");
    expect(store().routeStatus).toBe("missing");
    await store().openRoute(null);
    expect(store().routeStatus).toBe("ready");
    expect(store().saved).toBe(false);
  });

  it("edit and resend adds a version of the question; the old branch is kept and can be shown again", async () => {
    store().send("first");
    await settle();
    store().send("second");
    await settle();
    const firstUser = store().messages[0];
    const secondUser = store().messages[2];
    store().editAndResend(firstUser.id, "first, edited");
    await settle();
    expect(store().messages.map((m) => m.content)).toEqual(["first, edited", "Hello there"]);
    expect(texts(turns.at(-1)?.history)).toEqual(["first, edited"]);
    const loaded = await loadConversation(store().conversation.id);
    expect(loaded?.messages).toHaveLength(6);
    // A message below the old version (a search hit there) shows that version, as its own switcher would.
    store().showVersion(secondUser.id);
    expect(store().messages.map((m) => m.content)).toEqual(["first", "Hello there", "second", "Hello there"]);
    await settle();
    await store().openRoute(null);
    await store().openRoute(loaded!.conversation.id);
    expect(store().messages.map((m) => m.content)).toEqual(["first", "Hello there", "second", "Hello there"]);
  });

  it("edit and resend sends only the files the editor kept; the original question keeps all of its own", async () => {
    const file = "File: a.txt\n```txt\nalpha\n```";
    store().send(`${file}\n\nLook`, [makeImage("i1"), makeImage("i2")], 1);
    await settle();
    const original = store().messages[0];
    store().editAndResend(original.id, "Look again", { attachments: [original.attachments![1]], textFiles: 0 });
    await settle();
    const edited = store().messages[0];
    expect(edited.id).not.toBe(original.id);
    expect(edited.attachments?.map((a) => a.id)).toEqual(["i2"]);
    expect(edited.textFiles).toBe(0);
    const asked = turns.at(-1)?.history.at(-1)?.content;
    expect(Array.isArray(asked) && asked.map((p) => p.type)).toEqual(["image", "text"]);
    store().editAndResend(edited.id, "No files", { attachments: [], textFiles: 0 });
    await settle();
    expect(store().messages[0].attachments).toBeUndefined();
    const loaded = await loadConversation(store().conversation.id);
    const stored = loaded!.messages.find((m) => m.id === original.id)!;
    expect(stored.attachments?.map((a) => a.id)).toEqual(["i1", "i2"]);
    expect(stored.textFiles).toBe(1);
  });

  it("an edit that adds the chat's first image gives its history row the thumbnail at once, as stored", async () => {
    store().send("no picture yet");
    await settle();
    const id = store().conversation.id;
    const listed = () => store().conversations.find((c) => c.id === id)?.thumbnail;
    expect(listed()).toBeUndefined();
    store().editAndResend(store().messages[0].id, "with a picture", { attachments: [makeImage("i9")], textFiles: 0 });
    expect(listed()).toEqual({ messageId: store().messages[0].id, attachmentId: "i9" });
    await settle();
    expect((await listConversations()).conversations.find((c) => c.id === id)?.thumbnail).toEqual(listed());
  });

  it("regenerate keeps the old answer as version 1 and the conversation goes on from the shown one", async () => {
    store().send("question");
    await settle();
    const first = store().messages[1];
    store().regenerate(first.id);
    await settle();
    const second = store().messages[1];
    expect(second.id).not.toBe(first.id);
    expect(second.parentId).toBe(store().messages[0].id);
    expect(store().allMessages).toHaveLength(3);
    store().showVersion(first.id);
    store().send("follow-up");
    await settle();
    expect(store().messages).toHaveLength(4);
    expect(store().messages[2].parentId).toBe(first.id);
    const loaded = await loadConversation(store().conversation.id);
    expect(loaded?.conversation.branches).toEqual({ [store().messages[0].id]: first.id });
    // Deleting the shown version takes its branch with it; the other version is shown.
    store().deleteMessage(first.id);
    await settle();
    expect(store().messages.map((m) => m.id)).toEqual([store().messages[0].id, second.id]);
    expect((await loadConversation(store().conversation.id))?.messages).toHaveLength(2);
  });

  it("deleting a question takes its answer; the next question follows the answer before, also in storage", async () => {
    for (const text of ["one", "two", "three"]) {
      store().send(text);
      await settle();
    }
    const [q1, a1, q2, , q3] = store().messages;
    store().deleteMessage(q2.id);
    await settle();
    expect(store().messages.slice(0, 3).map((m) => m.id)).toEqual([q1.id, a1.id, q3.id]);
    expect(store().messages.map((m) => m.role)).toEqual(["user", "assistant", "user", "assistant"]);
    expect(store().messages[2]).toMatchObject({ id: q3.id, parentId: a1.id });
    const loaded = await loadConversation(store().conversation.id);
    expect(loaded?.messages.map((m) => m.id).sort()).toEqual(store().messages.map((m) => m.id).sort());
    expect(loaded?.messages.find((m) => m.id === q3.id)?.parentId).toBe(a1.id);
  });

  it("feedback is kept with the answer in storage, and cleared", async () => {
    store().send("rate me");
    await settle();
    const answer = store().messages[1];
    store().setFeedback(answer.id, { rating: "down", note: "too long" });
    await settle();
    const id = store().conversation.id;
    expect((await loadConversation(id))?.messages[1].feedback).toEqual({ rating: "down", note: "too long" });
    store().setFeedback(answer.id, undefined);
    await settle();
    expect((await loadConversation(id))?.messages[1].feedback).toBeUndefined();
  });

  it("continue sends the partial answer and appends to the same message", async () => {
    await putConversation(makeConversation("c2"));
    await putMessage("c2", makeMessage("u", { content: "tell me", createdAt: 1 }));
    await putMessage("c2", makeMessage("a", { role: "assistant", content: "Once upon ", status: "streaming", createdAt: 2 }));
    await store().openRoute("c2");
    expect(store().messages[1].status).toBe("interrupted");
    store().continueAnswer("a");
    await settle();
    // The partial answer is sent back, then the request to go on from it.
    expect(texts(turns.at(-1)?.history)?.slice(0, 2)).toEqual(["tell me", "Once upon "]);
    const loaded = await loadConversation("c2");
    expect(loaded?.messages.map((m) => [m.id, m.content, m.status])).toEqual([
      ["u", "tell me", "done"],
      ["a", "Once upon Hello there", "done"],
    ]);
  });

  it("retry replaces an answer refused before any text, and keeps one with text as the earlier version", async () => {
    await putConversation(makeConversation("c3"));
    await putMessage("c3", makeMessage("u", { content: "tell me", createdAt: 1 }));
    await putMessage("c3", makeMessage("a", { role: "assistant", content: "", status: "error", createdAt: 2 }));
    await store().openRoute("c3");
    store().retry("a");
    await settle();
    expect(store().allMessages.map((m) => m.content)).toEqual(["tell me", "Hello there"]);

    await putConversation(makeConversation("c4"));
    await putMessage("c4", makeMessage("u", { content: "tell me", createdAt: 1 }));
    await putMessage("c4", makeMessage("a", { role: "assistant", content: "A long answer cut at the limit", status: "done", finishReason: "length", createdAt: 2 }));
    await store().openRoute("c4");
    store().retry("a");
    await settle();
    expect(store().messages.map((m) => m.content)).toEqual(["tell me", "Hello there"]);
    const loaded = await loadConversation("c4");
    expect(loaded?.messages.map((m) => m.content).sort()).toEqual(["A long answer cut at the limit", "Hello there", "tell me"]);
  });

  it("rename, pin, delete and undo reach storage", async () => {
    store().send("to be renamed");
    await settle();
    const id = store().conversation.id;
    store().rename(id, "Renamed");
    store().togglePin(id);
    await settle();
    expect((await listConversations()).conversations[0]).toMatchObject({ id, title: "Renamed", pinned: true });
    await store().deleteConversation(id);
    expect((await listConversations()).conversations).toHaveLength(0);
    expect(store().saved).toBe(false);
    expect(store().undo?.wasOpen).toBe(true);
    await store().undoDelete();
    const restored = await loadConversation(id);
    expect(restored?.conversation).toMatchObject({ title: "Renamed", pinned: true });
    expect(restored?.messages).toHaveLength(2);
  });

  it("a deleted conversation's unsent text leaves storage with it, and comes back with Undo", async () => {
    const items = new Map<string, string>();
    vi.stubGlobal("localStorage", { getItem: (k: string) => items.get(k) ?? null, setItem: (k: string, v: string) => void items.set(k, v) });
    try {
      const { loadDraft, saveDraft } = await import("./drafts");
      store().send("a chat with a draft");
      await settle();
      const id = store().conversation.id;
      saveDraft(id, "half a thought");
      await store().deleteConversation(id);
      expect(loadDraft(id)).toBe("");
      // The composer's late save for the deleted chat (typed just before) does not bring it back.
      saveDraft(id, "half a thought, and more");
      expect(loadDraft(id)).toBe("");
      expect(items.get("glm-chat:drafts")).not.toContain("half a thought");
      await store().undoDelete();
      expect(loadDraft(id)).toBe("half a thought");
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it("a chat whose answer ends after another chat was asked moves to the top of the history, as a reload orders it", async () => {
    let release!: () => void;
    stream.hold = new Promise<void>((resolve) => (release = resolve));
    store().send("answered in the background");
    const a = store().conversation.id;
    // Its answer so far is stored (no save of it is still to come before the release).
    await eventually(async () => expect((await loadConversation(a))?.messages[1]?.content).toBe("Hello there"));
    stream.hold = Promise.resolve();
    store().newChat();
    store().send("asked since");
    const b = store().conversation.id;
    await eventually(() => expect(store().answering).toEqual([a]));
    expect(store().conversations.map((c) => c.id)).toEqual([b, a]);
    // A later millisecond than the one B was asked in, so the end of A's answer is more recent.
    const asked = store().conversations[0].updatedAt;
    await eventually(() => expect(Date.now()).toBeGreaterThan(asked));
    release();
    await settle();
    expect(store().conversations.map((c) => c.id)).toEqual([a, b]);
    expect((await listConversations()).conversations.map((c) => c.id)).toEqual([a, b]);
  });

  it("an answer running when its chat is deleted comes back with Undo as stopped by the delete, to Continue", async () => {
    await putConversation(makeConversation("c5"));
    await putMessage("c5", makeMessage("u", { content: "write a lot", createdAt: 1 }));
    await putMessage("c5", makeMessage("a", { role: "assistant", content: "The first part", status: "streaming", createdAt: 2 }));
    await store().deleteConversation("c5");
    await store().undoDelete();
    const answer = (await loadConversation("c5"))?.messages[1];
    expect(answer).toMatchObject({ content: "The first part", status: "interrupted", error: { code: "deleted_mid_answer" } });
  });

  it("the Undo offer ends when the deleted conversation comes back another way (imported again)", async () => {
    store().send("deleted, then imported again");
    await settle();
    const id = store().conversation.id;
    const copy = (await loadConversation(id))!;
    await store().deleteConversation(id);
    expect(store().undo?.conversation.id).toBe(id);
    // An import writes the records and reloads the list, as Settings › Import does.
    await putConversation(copy.conversation);
    await store().loadList();
    expect(store().undo).toBeNull();
  });

  it("the Undo offer stays while the list reloads without the deleted conversation", async () => {
    store().send("deleted for good");
    await settle();
    await store().deleteConversation(store().conversation.id);
    await store().loadList();
    expect(store().undo).not.toBeNull();
  });

  it("a write refused for quota raises the warning, stays queued and lands later", async () => {
    let full = true;
    const write = vi.fn(async () => {
      if (full) throw new StorageFullError({ usage: 99, quota: 100 });
    });
    await store().persist("msg:x:1", write);
    expect(store().storageWarning?.message).toMatch(/storage is full/i);
    expect(store().pendingWrites).toBe(1);
    full = false;
    await store().retryWrites();
    expect(store().storageWarning).toBeNull();
    expect(store().pendingWrites).toBe(0);
    expect(write).toHaveBeenCalledTimes(2);
  });
});

describe("Undo of a message delete", () => {
  /** The stored conversation as comparable data: its record, and its messages with their image bytes. */
  async function stored(id: string) {
    const loaded = await loadConversation(id);
    const record = (await listConversations()).conversations.find((c) => c.id === id);
    const messages = await Promise.all(
      [...(loaded?.messages ?? [])]
        .sort((a, b) => a.id.localeCompare(b.id))
        .map(async (m) => ({ ...m, attachments: await Promise.all((m.attachments ?? []).map(async ({ blob, ...a }) => ({ ...a, bytes: await bytesOf(blob) }))) })),
    );
    return { branches: loaded?.conversation.branches, thumbnail: record?.thumbnail, messages };
  }

  /** A question with an image, its answer in two versions (the first shown, with feedback), and a next turn. */
  async function chatWithVersions() {
    store().send("look at this", [makeImage("i1", [1, 2, 3, 4])]);
    await settle();
    const [question, first] = store().messages;
    store().regenerate(first.id);
    await settle();
    store().showVersion(first.id);
    store().setFeedback(first.id, { rating: "up", note: "good" });
    store().send("and then?");
    await settle();
    return { id: store().conversation.id, question, first };
  }

  it("puts back a question with its image, both answer versions, the relinked next turn and the shown version, on screen and in storage", async () => {
    const { id, question, first } = await chatWithVersions();
    const shown = store().messages.map((m) => m.id);
    const all = store().allMessages;
    const before = await stored(id);
    expect(before.thumbnail).toMatchObject({ messageId: question.id });
    const listed = () => store().conversations.find((c) => c.id === id)?.thumbnail;
    expect(listed()).toEqual(before.thumbnail);
    store().deleteMessage(question.id);
    // The history row loses the picture at once, while Undo is offered, and so does the record.
    expect(listed()).toBeUndefined();
    await settle();
    expect(store().messages.map((m) => m.role)).toEqual(["user", "assistant"]);
    expect((await stored(id)).messages).toHaveLength(2);
    expect((await stored(id)).thumbnail).toBeUndefined();
    expect(store().messageUndo).not.toBeNull();
    store().undoMessageDelete();
    expect(listed()).toEqual(before.thumbnail);
    expect(store().messageUndo).toBeNull();
    expect(store().messages.map((m) => m.id)).toEqual(shown);
    expect(store().allMessages).toEqual(all);
    expect(store().conversation.branches).toEqual({ [question.id]: first.id });
    await settle();
    expect(await stored(id)).toEqual(before);
  });

  it("deleting a question with several answer versions, followed by several versions of the next one, is one store update and one write", async () => {
    store().send("look");
    await settle();
    const [question, first] = store().messages;
    store().regenerate(first.id);
    await settle();
    store().regenerate(store().messages[1].id);
    await settle();
    store().send("and then?");
    await settle();
    store().editAndResend(store().messages[2].id, "and then, edited?");
    await settle();
    const id = store().conversation.id;
    const before = await stored(id);
    const all = store().allMessages;
    const updates: string[][] = [];
    const unsubscribe = useChatStore.subscribe((next, prev) => updates.push(Object.keys(next).filter((k) => next[k as keyof typeof next] !== prev[k as keyof typeof prev])));
    const writes = vi.spyOn(runner, "persist");
    store().deleteMessage(question.id);
    await settle();
    unsubscribe();
    // Three answer versions and the question in one delete; both next questions now follow nothing.
    expect(writes.mock.calls.map(([key]) => key.split(":")[0])).toEqual(["del"]);
    writes.mockRestore();
    expect(updates.filter((keys) => keys.includes("allMessages"))).toHaveLength(1);
    const left = store().allMessages;
    expect(left.filter((m) => m.role === "user").map((m) => m.parentId)).toEqual([null, null]);
    const after = await stored(id);
    expect(after.messages.map((m) => m.id)).toEqual(left.map((m) => m.id).sort());
    expect(after.messages.filter((m) => m.role === "user").map((m) => m.parentId)).toEqual([null, null]);
    expect(after.branches).toEqual(store().conversation.branches);
    store().undoMessageDelete();
    expect(store().allMessages).toEqual(all);
    await settle();
    expect(await stored(id)).toEqual(before);
  });

  it("a delete that changes the shown versions is not undone by an older queued write of them (storage full meanwhile)", async () => {
    store().send("pick one");
    await settle();
    const question = store().messages[0];
    store().regenerate(store().messages[1].id);
    await settle();
    store().regenerate(store().messages[1].id);
    await settle();
    const [v1, v2] = store().allMessages.filter((m) => m.parentId === question.id);
    let full = true;
    await store().persist("block", async () => {
      if (full) throw new StorageFullError({ usage: 99, quota: 100 });
    });
    store().showVersion(v1.id);
    store().deleteMessage(v1.id);
    // Queued after the delete: with the older write's place in the queue it would land before it.
    store().showVersion(v2.id);
    await store().retryWrites();
    expect(store().pendingWrites).toBe(3);
    full = false;
    await settle();
    expect(store().conversation.branches).toEqual({ [question.id]: v2.id });
    expect((await loadConversation(store().conversation.id))?.conversation.branches).toEqual({ [question.id]: v2.id });
  });

  it("restores what a delete still waiting in the write queue would remove: the restore is queued after it", async () => {
    const { id, question } = await chatWithVersions();
    const before = await stored(id);
    store().deleteMessage(question.id);
    store().undoMessageDelete();
    await settle();
    expect(await stored(id)).toEqual(before);
  });

  it("a message that was never saved comes back on screen only", async () => {
    useChatStore.setState({ allMessages: [makeMessage("u1")], messages: [makeMessage("u1")] });
    store().deleteMessage("u1");
    store().undoMessageDelete();
    expect(store().messages.map((m) => m.id)).toEqual(["u1"]);
    expect(store().saved).toBe(false);
  });

  it("ends once the chat moves on: a new message, a version switch, another chat", async () => {
    const { id, question, first } = await chatWithVersions();
    store().deleteMessage(store().messages[3].id);
    store().send("a new question");
    expect(store().messageUndo).toBeNull();
    await settle();
    const count = store().allMessages.length;
    store().undoMessageDelete();
    expect(store().allMessages).toHaveLength(count);

    store().deleteMessage(store().messages[3].id);
    const versions = store().allMessages.filter((m) => m.parentId === question.id && m.id !== first.id);
    store().showVersion(versions[0].id);
    expect(store().messageUndo).toBeNull();

    store().deleteMessage(store().messages[1].id);
    expect(store().messageUndo).not.toBeNull();
    store().newChat();
    expect(store().messageUndo).toBeNull();
    await store().openRoute(id);
    expect(store().messageUndo).toBeNull();
    await settle();
  });

  it("is not offered while an answer runs in the chat: the answer's history would not hold what came back", async () => {
    const { question } = await chatWithVersions();
    store().deleteMessage(store().messages[3].id);
    expect(store().messageUndo).not.toBeNull();
    let release!: () => void;
    stream.hold = new Promise((resolve) => (release = resolve));
    store().send("a question answered slowly");
    await eventually(() => expect(store().streamingId).not.toBeNull());
    let offered: unknown;
    try {
      store().deleteMessage(question.id);
      offered = store().messageUndo;
    } finally {
      release();
    }
    await settle();
    expect(offered).toBeNull();
  });

  it("a second delete replaces the first one's Undo", async () => {
    const { id } = await chatWithVersions();
    const [, , secondQuestion, secondAnswer] = store().messages;
    store().deleteMessage(secondAnswer.id);
    store().deleteMessage(secondQuestion.id);
    store().undoMessageDelete();
    await settle();
    expect(store().messages.map((m) => m.id)).toContain(secondQuestion.id);
    expect(store().allMessages.map((m) => m.id)).not.toContain(secondAnswer.id);
    expect((await stored(id)).messages.map((m) => m.id)).not.toContain(secondAnswer.id);
  });

  it("an answer deleted while it streamed comes back as it stood, stopped, to Continue", async () => {
    store().send("first");
    await settle();
    let release!: () => void;
    stream.hold = new Promise((resolve) => (release = resolve));
    store().send("write a lot");
    await eventually(() => expect(runner.runningIn(store().conversation.id)?.content).toBe("Hello there"));
    const answer = store().streamingId!;
    try {
      store().deleteMessage(answer);
      store().undoMessageDelete();
    } finally {
      release();
    }
    await settle();
    expect(store().messages.at(-1)).toMatchObject({ id: answer, content: "Hello there", status: "interrupted" });
    expect((await loadConversation(store().conversation.id))?.messages.find((m) => m.id === answer)).toMatchObject({ content: "Hello there", status: "interrupted" });
  });
});

describe("the same conversation in another tab", () => {
  /** Web Locks as another tab's stream leaves them: `held` names the answers still streaming. */
  function locks(held: () => string[]) {
    vi.stubGlobal("navigator", { locks: { query: async () => ({ held: held().map((name) => ({ name })) }) } });
  }

  /** An exchange finished here, then the other tab's question and its answer "a2", saved half-way. */
  async function halfAnswerThere() {
    store().send("first");
    await settle();
    const id = store().conversation.id;
    const firstAnswer = store().messages[1].id;
    await putMessage(id, makeMessage("q2", { content: "second", parentId: firstAnswer, createdAt: Date.now() + 1000 }));
    const half = makeMessage("a2", { role: "assistant", content: "Half", parentId: "q2", status: "streaming", createdAt: Date.now() + 2000 });
    await putMessage(id, half);
    return { id, firstAnswer, half };
  }

  it("a rename made there survives this tab's stale copy: a settings change and a generated title here", async () => {
    store().send("first");
    await settle();
    const id = store().conversation.id;
    // The other tab renames the chat; this tab has not read it again.
    await updateConversation(id, (c) => ({ ...c, title: "Named in the other tab", titleSource: "user" }));
    store().setThinking(false);
    store().applyGeneratedTitle(id, "A generated title");
    await settle();
    const stored = (await loadConversation(id))?.conversation;
    expect(stored).toMatchObject({ title: "Named in the other tab", titleSource: "user" });
    expect(stored?.settings.thinking).toBe(false);
    // The refused generated title is not left on screen either.
    expect(store().conversation.title).toBe("Named in the other tab");
    expect(store().conversations.find((c) => c.id === id)?.title).toBe("Named in the other tab");
  });

  it("its new version of the question being edited here takes it off screen: noted until it is shown again", async () => {
    store().send("first");
    await settle();
    const id = store().conversation.id;
    const question = store().messages[0];
    store().setEditing(question.id);
    // The other tab saves its edit of that question, and shows it.
    const theirs = makeMessage("q1b", { content: "first, theirs", parentId: null, createdAt: question.createdAt + 1 });
    await putMessage(id, theirs);
    await updateConversation(id, (c) => ({ ...c, branches: showMessage(c.branches ?? {}, theirs) }));
    await store().reloadOpen();
    expect(store().messages.map((m) => m.id)).toEqual(["q1b"]);
    expect(store()).toMatchObject({ editingId: question.id, editAway: question.id });
    // Read again (the other tab's answer saved): still away.
    await store().reloadOpen();
    expect(store().editAway).toBe(question.id);
    store().showVersion(question.id);
    expect(store()).toMatchObject({ editingId: question.id, editAway: null });
  });

  it("a message it saved while this tab's answer streamed shows here once that answer ends", async () => {
    let release!: () => void;
    stream.hold = new Promise((resolve) => (release = resolve));
    const sync = followOtherTabs(useChatStore, async () => false);
    try {
      store().send("mine");
      const id = store().conversation.id;
      const answer = store().streamingId!;
      await store().retryWrites();
      // The other tab's question, sent before it heard of this answer.
      await putMessage(id, makeMessage("theirs", { content: "from the other tab", parentId: answer, createdAt: Date.now() + 1000 }));
      // Refused at once: this tab's answer is newer than its interval save.
      sync.changed();
      expect(store().allMessages.map((m) => m.id)).not.toContain("theirs");
      release();
      await settle();
      await eventually(() => expect(store().allMessages.map((m) => m.content)).toEqual(["mine", "Hello there", "from the other tab"]));
    } finally {
      sync.stop();
    }
  });

  it("its answer shows as it is saved, nothing can start here meanwhile, and it reads as interrupted once its tab is gone", async () => {
    const { id, firstAnswer } = await halfAnswerThere();
    let live = [streamLockName(id, "a2")];
    locks(() => live);
    try {
      await store().reloadOpen();
      expect(store().answeringElsewhere).toBe("a2");
      expect(store().messages.at(-1)).toMatchObject({ id: "a2", status: "streaming", content: "Half" });
      // Not built on the half answer: no question, no other version, no Continue.
      expect(store().send("third")).toBe(false);
      store().regenerate(firstAnswer);
      store().continueAnswer("a2");
      expect(store().streamingId).toBeNull();
      expect(turns).toHaveLength(1);
      // Its tab closed: the browser let go of the lock, and the saved copy is read again.
      live = [];
      await store().reloadOpen();
      expect(store().answeringElsewhere).toBeNull();
      expect(store().messages.at(-1)).toMatchObject({ id: "a2", status: "interrupted", content: "Half" });
      expect(store().send("third")).toBe(true);
      await settle();
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it("Stop here asks the tab streaming the answer to stop it; this tab's own Stop asks no one", async () => {
    const { id } = await halfAnswerThere();
    locks(() => [streamLockName(id, "a2")]);
    const otherTab = new BroadcastChannel(CHANNEL_NAME);
    const heard: unknown[] = [];
    otherTab.onmessage = (event) => heard.push(event.data);
    try {
      await store().reloadOpen();
      expect(store().answeringElsewhere).toBe("a2");
      store().stop();
      await eventually(() => expect(heard).toEqual([{ type: "stop-answer", conversationId: id, messageId: "a2", source: TAB_ID }]));
      // The other tab answers by ending it (the lock is let go); this tab then starts its own and stops it.
      locks(() => []);
      await store().reloadOpen();
      let release!: () => void;
      stream.hold = new Promise((resolve) => (release = resolve));
      store().send("third");
      store().stop();
      release();
      await settle();
      expect(heard.filter((m) => (m as { type: string }).type === "stop-answer")).toHaveLength(1);
    } finally {
      otherTab.close();
      vi.unstubAllGlobals();
    }
  });

  it("an older read that ends last does not replace a newer one", async () => {
    const { id, half } = await halfAnswerThere();
    // The read that finds the answer streaming waits for the lock query; the next one has no need to.
    let answer!: (value: { held: { name: string }[] }) => void;
    vi.stubGlobal("navigator", { locks: { query: () => new Promise((resolve) => (answer = resolve)) } });
    try {
      const older = store().reloadOpen();
      await eventually(() => expect(answer).toBeDefined());
      await putMessage(id, { ...half, content: "Half and the rest", status: "done" });
      await store().reloadOpen();
      expect(store().messages.at(-1)).toMatchObject({ content: "Half and the rest", status: "done" });
      answer({ held: [{ name: streamLockName(id, "a2") }] });
      await older;
      expect(store().messages.at(-1)).toMatchObject({ content: "Half and the rest", status: "done" });
      expect(store().answeringElsewhere).toBeNull();
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
