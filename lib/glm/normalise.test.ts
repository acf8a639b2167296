import { describe, expect, it } from "vitest";
import { normaliseUpstream } from "./normalise";
import type { StreamEvent } from "./events";

async function run(payloads: Array<object | string>): Promise<StreamEvent[]> {
  async function* gen() {
    for (const p of payloads) yield typeof p === "string" ? p : JSON.stringify(p);
  }
  const out: StreamEvent[] = [];
  for await (const e of normaliseUpstream(gen())) out.push(e);
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
