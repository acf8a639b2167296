import { describe, expect, it } from "vitest";
import { normaliseUpstream, type NormaliseOptions } from "./normalise";
import type { StreamEvent } from "./events";

async function run(payloads: Array<object | string>, options?: NormaliseOptions): Promise<StreamEvent[]> {
  async function* gen() {
    for (const p of payloads) yield typeof p === "string" ? p : JSON.stringify(p);
  }
  const out: StreamEvent[] = [];
  for await (const e of normaliseUpstream(gen(), options)) out.push(e);
  return out;
}
const delta = (d: object, finish: string | null = null, extra: object = {}) => ({ choices: [{ index: 0, delta: d, finish_reason: finish }], ...extra });

describe("normaliseUpstream", () => {
  it("maps reasoning_content, reasoning (vLLM) and content", async () => {
    const events = await run([delta({ reasoning_content: "a" }), delta({ reasoning: "b" }), delta({ content: "c", reasoning_content: null }), delta({}, "stop"), "[DONE]"]);
    expect(events).toEqual([
      { type: "reasoning", delta: "a" },
      { type: "reasoning", delta: "b" },
      { type: "text", delta: "c" },
      { type: "finish", reason: "stop" },
    ]);
  });

  it("moves <think> inside content to reasoning, even when split across chunks", async () => {
    const events = await run([delta({ content: "<thi" }), delta({ content: "nk>plan</th" }), delta({ content: "ink>answer" }), delta({}, "stop")]);
    expect(events.filter((e) => e.type !== "finish")).toEqual([
      { type: "reasoning", delta: "plan" },
      { type: "text", delta: "answer" },
    ]);
  });

  it("passes finish reasons sensitive, network_error and length through", async () => {
    for (const reason of ["sensitive", "network_error", "length", "tool_calls"]) {
      const events = await run([delta({ content: "x" }), delta({}, reason)]);
      expect(events.at(-1)).toEqual({ type: "finish", reason });
    }
  });

  it("reads a length as the daily budget's when the server lowered max_tokens to it, with the budget's reset; other reasons stay", async () => {
    const capped = { budgetCapped: { maxTokens: 40, resetAt: "2026-12-07T00:00:00.000Z" } };
    expect((await run([delta({ content: "x" }), delta({}, "length")], capped)).at(-1)).toEqual({ type: "finish", reason: "budget", resetAt: "2026-12-07T00:00:00.000Z" });
    const usage = (completion_tokens: number) => ({ usage: { prompt_tokens: 12, completion_tokens, total_tokens: 12 + completion_tokens } });
    expect((await run([delta({ content: "x" }), delta({}, "length", usage(40))], capped)).at(-1)).toEqual({ type: "finish", reason: "budget", resetAt: "2026-12-07T00:00:00.000Z" });
    // Stopped short of the cap (the provider's own limit): the budget is not spent, a plain cut.
    expect((await run([delta({ content: "x" }), delta({}, "length", usage(21))], capped)).at(-1)).toEqual({ type: "finish", reason: "length" });
    expect((await run([delta({ content: "x" }), delta({}, "stop")], capped)).at(-1)).toEqual({ type: "finish", reason: "stop" });
    expect((await run([delta({ content: "x" }), delta({}, "length")])).at(-1)).toEqual({ type: "finish", reason: "length" });
  });

  it("holds a budget-capped length for the usage an OpenAI-style server sends after the finish chunk", async () => {
    const capped = { budgetCapped: { maxTokens: 40, resetAt: "2026-12-07T00:00:00.000Z" } };
    const late = (completion_tokens: number) => ({ choices: [], usage: { prompt_tokens: 12, completion_tokens, total_tokens: 12 + completion_tokens } });
    // Stopped short of the cap: the usage that follows says so, and the cut is the provider's.
    const short = await run([delta({ content: "x" }), delta({}, "length"), late(21), "[DONE]"], capped);
    expect(short.slice(-2)).toEqual([{ type: "usage", promptTokens: 12, completionTokens: 21, totalTokens: 33 }, { type: "finish", reason: "length" }]);
    expect(short.filter((e) => e.type === "finish")).toHaveLength(1);
    const spent = await run([delta({ content: "x" }), delta({}, "length"), late(40), "[DONE]"], capped);
    expect(spent.at(-1)).toEqual({ type: "finish", reason: "budget", resetAt: "2026-12-07T00:00:00.000Z" });
    // No usage ever (the stream ends with [DONE], or just ends): the lowered cap is taken to have cut it, once.
    for (const tail of [["[DONE]"], []]) {
      const events = await run([delta({ content: "x" }), delta({}, "length"), ...tail], capped);
      expect(events.filter((e) => e.type === "finish")).toEqual([{ type: "finish", reason: "budget", resetAt: "2026-12-07T00:00:00.000Z" }]);
    }
  });

  it("reads usage from the last chunk, with cached and reasoning tokens", async () => {
    const usage = { prompt_tokens: 5, completion_tokens: 7, total_tokens: 12, prompt_tokens_details: { cached_tokens: 2 }, completion_tokens_details: { reasoning_tokens: 3 } };
    const events = await run([delta({ content: "x" }, "stop", { usage })]);
    expect(events).toContainEqual({ type: "usage", promptTokens: 5, completionTokens: 7, totalTokens: 12, cachedTokens: 2, reasoningTokens: 3 });
  });

  it("accumulates tool call fragments by index, treating -1 as the first call", async () => {
    const events = await run([
      delta({ tool_calls: [{ index: -1, id: "call_1", type: "function", function: { name: "f", arguments: '{"a"' } }] }),
      delta({ tool_calls: [{ index: -1, function: { arguments: ":1}" } }] }),
      delta({}, "tool_calls"),
    ]);
    expect(events.slice(0, 2)).toEqual([
      { type: "tool_call", index: 0, id: "call_1", name: "f", argumentsDelta: '{"a"' },
      { type: "tool_call", index: 0, id: undefined, name: undefined, argumentsDelta: ":1}" },
    ]);
  });

  it("treats an error payload in the stream as an error", async () => {
    const events = await run([delta({ content: "x" }), { error: { code: "500", message: "boom" } }]);
    expect(events.at(-1)).toMatchObject({ type: "error", code: "upstream_unavailable" });
    expect(JSON.stringify(events)).not.toContain("boom");
  });

  it("maps an error inside a 200 stream by its code, after the text so far", async () => {
    const cases: Array<[string | number, string]> = [["1302", "upstream_rate_limited"], [1305, "upstream_rate_limited"], ["1301", "upstream_content_filter"], ["1113", "upstream_quota"], ["1234", "upstream_unavailable"]];
    for (const [code, expected] of cases) {
      const events = await run([delta({ content: "kept" }), { error: { code, message: "m" } }, delta({ content: "ignored" }, "stop")]);
      expect(events).toEqual([{ type: "text", delta: "kept" }, expect.objectContaining({ type: "error", code: expected })]);
    }
  });

  it("reports a 1308 usage cap inside the stream with its reset time", async () => {
    const events = await run([{ error: { code: 1308, message: "Usage limit reached for 5 hour. Your limit will reset at 2026-08-27 21:31:39" } }]);
    expect(events[0]).toMatchObject({ type: "error", code: "usage_limit", resetAt: "2026-08-27T13:31:39.000Z" });
  });

  it("warns once, without ending the answer, when a payload is not JSON", async () => {
    const events = await run([delta({ content: "a" }), '{"choices":[{"delta":{"content":"lo', "also bad", delta({ content: "b" }, "stop")]);
    expect(events.map((e) => e.type)).toEqual(["text", "warning", "text", "finish"]);
    expect(events[1]).toMatchObject({ code: "malformed_chunk", message: expect.stringMatching(/part of the answer may be missing/) });
  });

  it("handles template-opened thinking only when asked to (self-hosted GLM-4.7 with thinking on)", async () => {
    const payloads = [delta({ content: "plan</th" }), delta({ content: "ink>answer" }), delta({}, "stop")];
    expect((await run(payloads, { templateThink: true })).slice(0, 2)).toEqual([{ type: "reasoning", delta: "plan" }, { type: "text", delta: "answer" }]);
    expect((await run(payloads)).slice(0, 2)).toEqual([{ type: "text", delta: "plan" }, { type: "text", delta: "answer" }]);
  });

  it("ignores the template flag when the server sends a reasoning field", async () => {
    const events = await run([delta({ reasoning: "r" }), delta({ content: "answer" }), delta({}, "stop")], { templateThink: true });
    expect(events.slice(0, 2)).toEqual([{ type: "reasoning", delta: "r" }, { type: "text", delta: "answer" }]);
  });

  it("turns raw tool call markup into tool_call events with JSON arguments", async () => {
    const events = await run([delta({ content: "<tool_call>get_weather\n<arg_key>city</arg_key>\n<arg_val" }), delta({ content: "ue>Beijing</arg_value>\n</tool_call>" }), delta({}, "tool_calls")]);
    expect(events[0]).toEqual({ type: "tool_call", index: 0, name: "get_weather", argumentsDelta: '{"city":"Beijing"}' });
  });

  it("strips special tokens from a reasoning field", async () => {
    const events = await run([delta({ reasoning_content: "think<|assistant|>ing" }), delta({}, "stop")]);
    expect(events[0]).toEqual({ type: "reasoning", delta: "thinking" });
  });

  it("streams web search results as a sources event, http(s) links only", async () => {
    const web_search = [
      { title: "A", link: "https://a.example/x", media: "A site", refer: "ref_1", publish_date: "2025-01-02" },
      { title: "Evil", link: "javascript:alert(1)", refer: "ref_2" },
    ];
    const events = await run([{ ...delta({ content: "x [ref_1]" }), web_search }, delta({}, "stop")]);
    expect(events[0]).toEqual({ type: "sources", sources: [{ index: 1, title: "A", link: "https://a.example/x", site: "A site", publishDate: "2025-01-02", refer: "ref_1" }] });
  });

  it("adds the cost to usage when the model has a price", async () => {
    const usage = { prompt_tokens: 1_000_000, completion_tokens: 500_000, total_tokens: 1_500_000, prompt_tokens_details: { cached_tokens: 0 } };
    const events = await run([delta({ content: "x" }, "stop", { usage })], { price: { input: 0.6, output: 1.8 } });
    expect(events).toContainEqual(expect.objectContaining({ type: "usage", costUsd: 1.5 }));
  });

  it("reports a stream that ends without a finish reason as interrupted", async () => {
    const events = await run([delta({ content: "partial" })]);
    expect(events.at(-1)).toMatchObject({ type: "error", code: "stream_interrupted" });
  });
});

describe("finish reasons", () => {
  it("maps known upstream reasons as they are and an unknown one to other, keeping the raw string", async () => {
    expect((await run([delta({}, "sensitive")])).at(-1)).toEqual({ type: "finish", reason: "sensitive" });
    expect((await run([delta({}, "model_context_window_exceeded")])).at(-1)).toEqual({ type: "finish", reason: "other", raw: "model_context_window_exceeded" });
  });
});
