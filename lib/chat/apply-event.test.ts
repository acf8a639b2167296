import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { CUT_OFF } from "@/lib/glm/events";
import { UpstreamNormaliser } from "@/lib/glm/normalise";
import { SseDecoder } from "@/lib/glm/sse";
import { applyEvent, endOfContinue, endOfStream, replayEvents, signedOut, stopped } from "./apply-event";
import { messageSchema, type ChatMessage } from "./message";

const blank = (): ChatMessage => ({ id: "a", role: "assistant", content: "", createdAt: 1, status: "streaming" });

describe("applyEvent", () => {
  it("times the thinking from the first reasoning delta to the first answer text", () => {
    let m = applyEvent(blank(), { type: "reasoning", delta: "Let me " }, { now: 1_000 });
    m = applyEvent(m, { type: "reasoning", delta: "look." }, { now: 1_400 });
    expect(m.reasoningStartedAt).toBe(1_000);
    m = applyEvent(m, { type: "text", delta: "Here." }, { now: 3_500 });
    m = applyEvent(m, { type: "finish", reason: "stop" }, { now: 4_000 });
    expect(m).toMatchObject({ reasoning: "Let me look.", reasoningMs: 2_500, content: "Here.", status: "done", finishReason: "stop" });
    expect(m.reasoningStartedAt).toBeUndefined();
  });

  it("continuing an answer appends text only and keeps the earlier thinking time", () => {
    const partial: ChatMessage = { ...blank(), content: "Once upon ", reasoning: "plan", reasoningMs: 700 };
    let m = applyEvent(partial, { type: "reasoning", delta: "continue?" }, { appendOnly: true, now: 5 });
    m = applyEvent(m, { type: "text", delta: "a time" }, { appendOnly: true, now: 9 });
    expect(m).toMatchObject({ content: "Once upon a time", reasoning: "plan", reasoningMs: 700 });
  });

  it("joins tool-call fragments by index into id, name and the arguments text", () => {
    let m = applyEvent(blank(), { type: "tool_call", index: 0, id: "call_1", name: "get_weather", argumentsDelta: '{"city":' });
    m = applyEvent(m, { type: "tool_call", index: 0, argumentsDelta: '"Paris"}' });
    m = applyEvent(m, { type: "tool_call", index: 1, id: "call_2", name: "search", argumentsDelta: "{}" });
    expect(m.toolCalls).toEqual([
      { id: "call_1", name: "get_weather", arguments: '{"city":"Paris"}' },
      { id: "call_2", name: "search", arguments: "{}" },
    ]);
  });

  it("adds web-search sources without repeating a link", () => {
    const a = { index: 1, title: "A", link: "https://a.example/" };
    const b = { index: 2, title: "B", link: "https://b.example/", site: "B News" };
    let m = applyEvent(blank(), { type: "sources", sources: [a] });
    m = applyEvent(m, { type: "sources", sources: [a, b] });
    expect(m.sources).toEqual([a, b]);
  });

  it("keeps usage, the closed finish reason and the raw upstream reason", () => {
    let m = applyEvent(blank(), { type: "usage", promptTokens: 3, completionTokens: 4, totalTokens: 7, cachedTokens: 1 });
    m = applyEvent(m, { type: "finish", reason: "other", raw: "model_context_window_exceeded" });
    expect(m).toMatchObject({ usage: { promptTokens: 3, completionTokens: 4, totalTokens: 7, cachedTokens: 1 }, finishReason: "other", finishRaw: "model_context_window_exceeded" });
    expect(messageSchema.safeParse(m).success).toBe(true);
  });

  it("a continued answer's usage adds to what its first request used, also when sent more than once", () => {
    const usageBefore = { promptTokens: 12, completionTokens: 22, totalTokens: 34, costUsd: 0.001 };
    const cut = { ...blank(), content: "right in the mid", usage: usageBefore };
    let m = applyEvent(cut, { type: "usage", promptTokens: 40, completionTokens: 10, totalTokens: 50, cachedTokens: 8 }, { appendOnly: true, usageBefore });
    // A server that repeats its running usage: the latest figure replaces, the first request's stays added.
    m = applyEvent(m, { type: "usage", promptTokens: 40, completionTokens: 15, totalTokens: 55, cachedTokens: 8 }, { appendOnly: true, usageBefore });
    expect(m.usage).toEqual({ promptTokens: 52, completionTokens: 37, totalTokens: 89, cachedTokens: 8, costUsd: 0.001, latestRequestTokens: 55 });
    expect(messageSchema.safeParse(m).success).toBe(true);
  });

  it("an error ends the answer with its code and message; a stream without an end is cut off", () => {
    const failed = applyEvent(applyEvent(blank(), { type: "text", delta: "Par" }), { type: "error", code: "upstream_unavailable", message: "down" });
    expect(failed).toMatchObject({ content: "Par", status: "error", finishReason: "error", error: { code: "upstream_unavailable", message: "down" } });
    const cut = endOfStream(applyEvent(blank(), { type: "text", delta: "Par" }));
    expect(cut).toMatchObject({ status: "error", error: { code: CUT_OFF.code, message: CUT_OFF.message } });
    expect(endOfStream(failed)).toBe(failed);
  });

  it("an error keeps when the plan's cap lifts and when Retry may be pressed, and nothing it did not carry", () => {
    const limited = applyEvent(blank(), { type: "error", code: "rate_limited", message: "Slow down", retryAt: "2026-12-06T10:00:13.000Z" });
    expect(limited.error).toEqual({ code: "rate_limited", message: "Slow down", retryAt: "2026-12-06T10:00:13.000Z" });
    const capped = applyEvent(blank(), { type: "error", code: "usage_limit", message: "Cap", resetAt: "2026-12-07T00:00:00.000Z" });
    expect(capped.error).toEqual({ code: "usage_limit", message: "Cap", resetAt: "2026-12-07T00:00:00.000Z" });
    const plain = applyEvent(blank(), { type: "error", code: "internal", message: "Oops", resetAt: undefined });
    expect(plain.error).toEqual({ code: "internal", message: "Oops" });
    expect(Object.keys(plain.error!)).toEqual(["code", "message"]);
    expect(messageSchema.safeParse(limited).success).toBe(true);
  });

  it("an answer the daily budget cut keeps when the budget resets; a Continue's own finish drops it", () => {
    const resetAt = "2026-12-07T00:00:00.000Z";
    const cut = applyEvent({ ...blank(), content: "Half" }, { type: "finish", reason: "budget", resetAt });
    expect(cut).toMatchObject({ status: "done", finishReason: "budget", resetAt });
    expect(messageSchema.safeParse(cut).success).toBe(true);
    expect(applyEvent(cut, { type: "finish", reason: "stop" })).not.toHaveProperty("resetAt");
    // Only a budget cut waits for the reset.
    expect(applyEvent(blank(), { type: "finish", reason: "length", resetAt })).not.toHaveProperty("resetAt");
  });

  it("a Continue refused because the budget is spent is the budget's cut again, waiting for the reset, its text kept", () => {
    const refused: ChatMessage = { ...blank(), content: "Half", status: "error", finishReason: "error", error: { code: "budget_exhausted", message: "Spent", resetAt: "2026-12-07T00:00:00.000Z" } };
    const ended = endOfContinue(refused);
    expect(ended).toEqual({ ...blank(), content: "Half", status: "done", finishReason: "budget", resetAt: "2026-12-07T00:00:00.000Z" });
    // Other refusals keep it continuable as before.
    expect(endOfContinue({ ...refused, error: { code: "rate_limited", message: "Slow down" } })).toMatchObject({ status: "interrupted", content: "Half", error: { code: "rate_limited" } });
  });

  it("an interrupted stream (server restart, lost connection) keeps its text and can be continued", () => {
    const m = applyEvent({ ...blank(), content: "Half" }, { type: "interrupted", message: "The server restarted." });
    expect(m).toMatchObject({ content: "Half", status: "interrupted", error: { code: "stream_interrupted", message: "The server restarted." } });
    expect(messageSchema.safeParse(m).success).toBe(true);
  });

  it("stop keeps what arrived and marks it aborted", () => {
    const m = stopped(applyEvent(blank(), { type: "text", delta: "Half" }));
    expect(m).toMatchObject({ content: "Half", status: "done", finishReason: "aborted" });
  });

  it("signing out keeps what arrived and says it stopped for that, to Continue; an ended answer stays as it ended", () => {
    const m = signedOut(applyEvent(blank(), { type: "text", delta: "Half" }));
    expect(m).toMatchObject({ content: "Half", status: "interrupted", error: { code: "signed_out_mid_answer" } });
    expect(messageSchema.safeParse(m).success).toBe(true);
    const done = applyEvent({ ...blank(), content: "All" }, { type: "finish", reason: "stop" });
    expect(signedOut(done)).toBe(done);
  });
});

describe("replaying a recorded Z.ai stream through the server normaliser", () => {
  it("rebuilds the grounding answer, its reasoning and its usage", () => {
    const bytes = readFileSync(new URL("../../e2e/fixtures/zai-stream-grounding.sse", import.meta.url));
    const sse = new SseDecoder();
    const normaliser = new UpstreamNormaliser();
    // Fed in odd-sized slices: network reads never align with events.
    const events = [];
    for (let i = 0; i < bytes.length; i += 37) for (const data of sse.feed(bytes.subarray(i, i + 37))) events.push(...normaliser.push(data));
    events.push(...normaliser.end());
    const m = replayEvents(blank(), events);
    expect(m.reasoning).toBe("The user wants the Save button. It is blue, lower left of the form.");
    expect(m.content).toBe("The **Save changes** button is at <|begin_of_box|>[[222,455,340,503]]<|end_of_box|>.");
    expect(m).toMatchObject({ status: "done", finishReason: "stop", usage: { promptTokens: 1290, completionTokens: 61, totalTokens: 1351, cachedTokens: 0 } });
    expect(m.error).toBeUndefined();
  });
});
