import { beforeEach, describe, expect, it } from "vitest";
import { eventually } from "@/test/eventually";
import { signedOut } from "./apply-event";
import { CUT_OFF, type StreamEvent } from "@/lib/glm/events";
import { loadConversation, putConversation } from "@/lib/store/persist";
import { freshDb, makeConversation, makeMessage } from "@/test/persist";
import type { ChatMessage } from "./message";
import { TurnRunner, type TurnEvents } from "./turn-runner";

const settings = { model: "glm-4.5v", thinking: true };
const question = makeMessage("q", { content: "Hi", createdAt: 10 });

/** A stream scripted by the test: it yields what is pushed and ends when told (or when aborted). */
function scripted() {
  const queue: (StreamEvent | "end")[] = [];
  let wake: (() => void) | null = null;
  const push = (e: StreamEvent | "end") => {
    queue.push(e);
    wake?.();
  };
  async function* stream(_body: unknown, signal: AbortSignal): AsyncGenerator<StreamEvent> {
    signal.addEventListener("abort", () => wake?.());
    for (;;) {
      while (!queue.length) {
        if (signal.aborted) throw new DOMException("Aborted", "AbortError");
        await new Promise<void>((resolve) => (wake = resolve));
      }
      const next = queue.shift()!;
      if (next === "end") return;
      yield next;
    }
  }
  return { push, stream };
}

function recorder() {
  const log: { kind: "started" | "ended"; message: ChatMessage }[] = [];
  const events: TurnEvents = {
    started: (_c, message) => log.push({ kind: "started", message }),
    ended: (_c, message) => log.push({ kind: "ended", message }),
    writesFull: () => undefined,
    writesDrained: () => undefined,
  };
  return { log, events };
}

/** A runner whose first two answers read their own scripted streams, and a second conversation. */
async function twoChats() {
  await putConversation(makeConversation("c2"));
  const streams = [scripted(), scripted()];
  let call = 0;
  const { log, events } = recorder();
  const stream = (body: unknown, signal: AbortSignal) => streams[call++].stream(body, signal);
  return { streams, log, runner: new TurnRunner(events, { stream: stream as never }) };
}

beforeEach(async () => {
  await freshDb();
  await putConversation(makeConversation("c1"));
});

describe("TurnRunner", () => {
  it("shows the answer live, reports its end once and saves the final state", async () => {
    const s = scripted();
    const { log, events } = recorder();
    const runner = new TurnRunner(events, { stream: s.stream as never });
    let notified = 0;
    runner.subscribe(() => notified++);
    const answer = runner.start({ conversationId: "c1", settings, history: [question] });
    s.push({ type: "text", delta: "Hel" });
    await expect.poll(() => runner.live(answer.id)?.content).toBe("Hel");
    s.push({ type: "text", delta: "lo" });
    s.push({ type: "finish", reason: "stop" });
    await runner.whenSettled();
    expect(notified).toBeGreaterThanOrEqual(3);
    expect(runner.live(answer.id)).toBeUndefined();
    expect(log.map((e) => [e.kind, e.message.status, e.message.content])).toEqual([
      ["started", "streaming", ""],
      ["ended", "done", "Hello"],
    ]);
    await runner.retryWrites();
    const stored = await loadConversation("c1");
    expect(stored?.messages.map((m) => [m.content, m.status, m.finishReason])).toEqual([["Hello", "done", "stop"]]);
  });

  it("reports the end only once the final state is stored (a reload right after keeps it)", async () => {
    const s = scripted();
    let storedAtEnd: ReturnType<typeof loadConversation> | undefined;
    let liveAtEnd: ChatMessage | undefined;
    const { events } = recorder();
    const runner = new TurnRunner({ ...events, ended: () => (storedAtEnd = loadConversation("c1")) }, { stream: s.stream as never });
    const answer = runner.start({ conversationId: "c1", settings, history: [question] });
    runner.subscribe(() => (liveAtEnd = runner.live(answer.id)));
    s.push({ type: "text", delta: "Hello" });
    s.push({ type: "finish", reason: "stop" });
    await runner.whenSettled();
    expect((await storedAtEnd)?.messages.map((m) => [m.content, m.status])).toEqual([["Hello", "done"]]);
    // The view never saw "done" while the stored copy still said "streaming".
    expect(liveAtEnd).toBeUndefined();
  });

  it("Stop keeps what arrived, marked as stopped", async () => {
    const s = scripted();
    const { log, events } = recorder();
    const runner = new TurnRunner(events, { stream: s.stream as never });
    const answer = runner.start({ conversationId: "c1", settings, history: [question] });
    s.push({ type: "text", delta: "Half an" });
    await expect.poll(() => runner.live(answer.id)?.content).toBe("Half an");
    runner.stop("c1");
    await runner.whenSettled();
    expect(log.at(-1)?.message).toMatchObject({ content: "Half an", status: "done", finishReason: "aborted" });
  });

  it.each([
    ["stopped before the server reported it: the counts say they leave that part out", undefined, { completionTokens: 3, unreported: true }],
    ["cut with its usage reported: both parts counted", { promptTokens: 20, completionTokens: 9, totalTokens: 29 }, { completionTokens: 12, totalTokens: 52 }],
  ] as const)("Continue after a part %s", async (_, usageBefore, expected) => {
    const s = scripted();
    const { log, events } = recorder();
    const runner = new TurnRunner(events, { stream: s.stream as never });
    const earlier = makeMessage("a", { role: "assistant", content: "Half an", finishReason: "aborted", createdAt: 11, ...(usageBefore && { usage: { ...usageBefore } }) });
    runner.start({ conversationId: "c1", settings, history: [question], continueFrom: earlier });
    s.push({ type: "text", delta: " answer." });
    s.push({ type: "usage", promptTokens: 20, completionTokens: 3, totalTokens: 23 });
    s.push({ type: "finish", reason: "stop" });
    await runner.whenSettled();
    const usage = log.at(-1)?.message.usage;
    expect(usage).toMatchObject(expected);
    if (usageBefore) expect(usage?.unreported).toBeUndefined();
  });

  it("stopAll (signing out) ends every running answer its own way, saved before it resolves", async () => {
    const { streams, log, runner } = await twoChats();
    const one = runner.start({ conversationId: "c1", settings, history: [question] });
    const two = runner.start({ conversationId: "c2", settings, history: [question] });
    streams[0].push({ type: "text", delta: "First half" });
    streams[1].push({ type: "text", delta: "Second half" });
    await eventually(() => expect([runner.live(one.id)?.content, runner.live(two.id)?.content]).toEqual(["First half", "Second half"]));
    await runner.stopAll(signedOut);
    const ending = { status: "interrupted", error: { code: "signed_out_mid_answer" } };
    expect(log.filter((e) => e.kind === "ended").map((e) => e.message)).toMatchObject([
      { content: "First half", ...ending },
      { content: "Second half", ...ending },
    ]);
    expect((await loadConversation("c1"))?.messages.at(-1)).toMatchObject({ content: "First half", ...ending });
    expect((await loadConversation("c2"))?.messages.at(-1)).toMatchObject({ content: "Second half", ...ending });
  });

  it("a stream that ends without finish or error is cut off, with the one cut-off message", async () => {
    const s = scripted();
    const { log, events } = recorder();
    const runner = new TurnRunner(events, { stream: s.stream as never });
    runner.start({ conversationId: "c1", settings, history: [question] });
    s.push({ type: "text", delta: "Par" });
    s.push("end");
    await runner.whenSettled();
    expect(log.at(-1)?.message).toMatchObject({ content: "Par", status: "error", error: { code: CUT_OFF.code, message: CUT_OFF.message } });
  });

  it("a discarded turn (its message was deleted) reports and saves nothing more", async () => {
    const s = scripted();
    const { log, events } = recorder();
    const runner = new TurnRunner(events, { stream: s.stream as never });
    const answer = runner.start({ conversationId: "c1", settings, history: [question] });
    await runner.retryWrites();
    runner.discard(answer.id);
    runner.forgetMessages("c1", [answer.id]);
    await runner.whenSettled();
    expect(log.map((e) => e.kind)).toEqual(["started"]);
    await runner.retryWrites();
    const stored = await loadConversation("c1");
    // Only the empty first save (made at once, so a reload finds the answer) could have landed.
    expect(stored?.messages.every((m) => m.content === "")).toBe(true);
  });
  it("discardAll ends every running answer unsaved and forgets every queued write (Delete all data)", async () => {
    const { streams, log, runner } = await twoChats();
    const a = runner.start({ conversationId: "c1", settings, history: [question] });
    const b = runner.start({ conversationId: "c2", settings, history: [question] });
    let wrote = false;
    void runner.persist("conv:c3", async () => {
      wrote = true;
    });
    runner.discardAll();
    streams[0].push({ type: "text", delta: "lost" });
    await runner.whenSettled();
    await runner.retryWrites();
    expect(runner.runningIn("c1")).toBeUndefined();
    expect(runner.runningIn("c2")).toBeUndefined();
    expect(log.map((e) => e.kind)).toEqual(["started", "started"]);
    expect(runner.pendingWrites).toBe(0);
    expect(wrote).toBe(false);
    for (const [id, answer] of [["c1", a], ["c2", b]] as const) {
      expect((await loadConversation(id))?.messages.find((m) => m.id === answer.id)?.content ?? "").toBe("");
    }
  });

  it("runs one answer per conversation at once: another chat's answer goes on while this one is stopped", async () => {
    const { streams, log, runner } = await twoChats();
    const first = runner.start({ conversationId: "c1", settings, history: [question] });
    streams[0].push({ type: "text", delta: "One" });
    await expect.poll(() => runner.live(first.id)?.content).toBe("One");
    const second = runner.start({ conversationId: "c2", settings, history: [question] });
    streams[1].push({ type: "text", delta: "Two" });
    await expect.poll(() => runner.live(second.id)?.content).toBe("Two");
    expect(runner.runningIn("c1")?.id).toBe(first.id);
    runner.stop("c2");
    streams[0].push({ type: "text", delta: " more" });
    streams[0].push({ type: "finish", reason: "stop" });
    await runner.whenSettled();
    const ended = Object.fromEntries(log.filter((e) => e.kind === "ended").map((e) => [e.message.id, e.message]));
    expect(ended[first.id]).toMatchObject({ content: "One more", status: "done", finishReason: "stop" });
    expect(ended[second.id]).toMatchObject({ content: "Two", finishReason: "aborted" });
    expect(runner.runningIn("c1")).toBeUndefined();
    await runner.retryWrites();
    expect((await loadConversation("c1"))?.messages.map((m) => m.content)).toEqual(["One more"]);
  });
});
