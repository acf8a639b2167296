import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { putConversation } from "@/lib/store/persist";
import { freshDb, makeConversation } from "@/test/persist";
import type { ChatMessage } from "./message";
import { TurnRunner } from "./turn-runner";

const encoder = new TextEncoder();
const event = (e: unknown) => encoder.encode(`data: ${JSON.stringify(e)}\n\n`);

/** A /api/chat response whose body sends `events`, then ends the way `ending` says. */
function respondWith(events: unknown[], ending: "close" | "drop") {
  let i = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(c) {
      if (i < events.length) return c.enqueue(event(events[i++]));
      if (ending === "drop") c.error(new TypeError("terminated"));
      else c.close();
    },
  });
  vi.stubGlobal("fetch", vi.fn(async () => new Response(body, { status: 200, headers: { "content-type": "text/event-stream" } })));
}

/** One turn through the real stream client (fetch stubbed) and the turn owner; the message it ends with. */
async function run(initial?: Pick<ChatMessage, "content">) {
  let ended: ChatMessage | undefined;
  const runner = new TurnRunner({ started: () => undefined, ended: (_c, m) => (ended = m), writesFull: () => undefined, writesDrained: () => undefined });
  const history: ChatMessage[] = [{ id: "u", role: "user", content: "hi", createdAt: 1 }];
  const continueFrom: ChatMessage | undefined = initial && { id: "a", role: "assistant", createdAt: 2, status: "interrupted", ...initial };
  runner.start({ conversationId: "c1", settings: { model: "glm-4.5v", thinking: true }, history, continueFrom });
  await runner.whenSettled();
  return ended!;
}

beforeEach(async () => {
  await freshDb();
  await putConversation(makeConversation("c1"));
});

afterEach(() => vi.unstubAllGlobals());

describe("how a turn ends", () => {
  it("marks an answer whose connection to the server dropped as interrupted, keeping its text", async () => {
    respondWith([{ type: "text", delta: "Half an ans" }], "drop");
    const m = await run();
    expect(m).toMatchObject({ status: "interrupted", content: "Half an ans", error: { code: "stream_interrupted" } });
  });

  it("marks an answer the server ended while shutting down as interrupted, with its reason", async () => {
    respondWith([{ type: "text", delta: "Part" }, { type: "interrupted", message: "The server restarted." }], "close");
    const m = await run();
    expect(m).toMatchObject({ status: "interrupted", content: "Part", error: { message: "The server restarted." } });
  });

  it("keeps an upstream failure an error (Retry), not an interruption", async () => {
    respondWith([{ type: "text", delta: "x" }, { type: "error", code: "upstream_unavailable", message: "down" }], "close");
    expect(await run()).toMatchObject({ status: "error", error: { code: "upstream_unavailable" } });
  });

  it("a Continue refused before a word (signed out, rate limited) keeps the answer continuable, with the refusal", async () => {
    const refusal = { code: "unauthorized", message: "Sign in with your access code first." };
    vi.stubGlobal("fetch", vi.fn(async () => Response.json(refusal, { status: 401 })));
    expect(await run({ content: "Half" })).toMatchObject({ status: "interrupted", content: "Half", error: refusal });
  });

  it("a Continue refused because the daily budget is spent stays the budget's cut, waiting for its reset", async () => {
    const refusal = { code: "budget_exhausted", message: "You have used today's budget.", resetAt: "2026-12-07T00:00:00.000Z" };
    vi.stubGlobal("fetch", vi.fn(async () => Response.json(refusal, { status: 429, headers: { "retry-after": "3600" } })));
    const m = await run({ content: "Half" });
    expect(m).toMatchObject({ status: "done", finishReason: "budget", content: "Half", resetAt: refusal.resetAt });
    expect(m.error).toBeUndefined();
  });

  it("a Continue that cannot reach the server keeps the answer continuable", async () => {
    vi.stubGlobal("fetch", vi.fn(async () => Promise.reject(new TypeError("Failed to fetch"))));
    expect(await run({ content: "Half" })).toMatchObject({ status: "interrupted", content: "Half", error: { code: "network" } });
  });

  it("a Continue ended by an upstream error keeps what it added, still continuable", async () => {
    respondWith([{ type: "text", delta: " and more" }, { type: "error", code: "upstream_unavailable", message: "down" }], "close");
    expect(await run({ content: "Half" })).toMatchObject({ status: "interrupted", content: "Half and more", error: { code: "upstream_unavailable" } });
  });

  it("a continued answer finishes after the text it already had", async () => {
    respondWith([{ type: "text", delta: " and the rest." }, { type: "finish", reason: "stop" }], "close");
    expect(await run({ content: "Half" })).toMatchObject({ status: "done", content: "Half and the rest." });
  });
});
