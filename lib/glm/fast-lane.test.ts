import { readFileSync } from "node:fs";
import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { plainDelta, splitEvents } from "./fast-lane";
import { proxyStream, type ProxyOptions } from "./proxy-stream";

const fixture = readFileSync(new URL("../../e2e/fixtures/zai-stream-grounding.sse", import.meta.url));
const zai = (delta: string) => `{"id":"2025","created":1763802900,"model":"glm-4.5v","choices":[{"index":0,"delta":{"role":"assistant",${delta}},"finish_reason":null}]}`;
const vllm = (delta: string) => `{"id":"chatcmpl-1","object":"chat.completion.chunk","created":1,"model":"glm","choices":[{"index":0,"delta":{${delta}},"logprobs":null,"finish_reason":null}]}`;
const sse = (...payloads: string[]) => payloads.map((p) => `data: ${p}\n\n`).join("");

function delta(payload: string) {
  const buf = Buffer.from(payload);
  const found = plainDelta(buf, 0, buf.length);
  return found && { field: found.field, literal: buf.toString("utf8", found.start, found.end) };
}

describe("fast lane: splitting a read", () => {
  it("splits a read of whole data events into their payloads", () => {
    const buf = Buffer.from(sse("{}", "[DONE]"));
    const parts = splitEvents(buf)!;
    expect(parts).toHaveLength(4);
    expect(buf.toString("utf8", parts[0], parts[1])).toBe("{}");
    expect(buf.toString("utf8", parts[2], parts[3])).toBe("[DONE]");
  });

  it.each([
    ["a split event", "data: {}\n"],
    ["a CRLF stream", "data: {}\r\n\r\n"],
    ["a comment", ": keep-alive\n\ndata: {}\n\n"],
    ["a named event", "event: x\ndata: {}\n\n"],
    ["data without its space", "data:{}\n\n"],
    ["a multi-line event", "data: a\ndata: b\n\n"],
  ])("leaves %s to the full parser", (_, text) => {
    expect(splitEvents(Buffer.from(text))).toBeNull();
  });
});

describe("fast lane: recognising a plain delta", () => {
  it("recognises Z.ai's and vLLM's delta chunks and keeps the literal as sent", () => {
    expect(delta(zai('"content":"Hello \\"you\\"\\n"'))).toEqual({ field: "content", literal: '"Hello \\"you\\"\\n"' });
    expect(delta(zai('"reasoning_content":"\\u4e2d文"'))).toEqual({ field: "reasoning", literal: '"\\u4e2d文"' });
    expect(delta(vllm('"reasoning":"think"'))).toEqual({ field: "reasoning", literal: '"think"' });
    expect(delta(`{"id":"x","choices":[{"index":0,"delta":{"content":"a"}}]}`)).toEqual({ field: "content", literal: '"a"' });
  });

  it.each([
    ["a tag the content filter must see", zai('"content":"<think>"')],
    ["an escaped <", zai('"content":"\\u003Cthink>"')],
    ["a finish reason", zai('"content":"a"').replace('"finish_reason":null', '"finish_reason":"stop"')],
    ["usage after the choices", zai('"content":"a"').replace(/}$/, ',"usage":{"total_tokens":1}}')],
    ["a field before the choices that the normaliser reads", zai('"content":"a"').replace('"id":"2025"', '"web_search":[]')],
    ["an escaped key", zai('"content":"a"').replace('"id"', '"\\u0069d"')],
    ["a second delta field", zai('"content":"a","reasoning_content":"b"')],
    ["tool calls", zai('"tool_calls":[]')],
    ["an invalid escape", zai('"content":"\\x41"')],
    ["a raw control character", zai('"content":"a\tb"')],
    ["a second choice", zai('"content":"a"').replace("}]}", '},{"index":1,"delta":{"content":"b"}}]}')],
  ])("leaves %s to the normaliser", (_, payload) => {
    expect(delta(payload)).toBeNull();
  });
});

async function proxied(parts: Uint8Array[], options: ProxyOptions = {}): Promise<unknown[]> {
  const text = await new Response(proxyStream(Readable.from(parts), () => {}, options)).text();
  return text.split("\n\n").filter(Boolean).map((line) => JSON.parse(line.slice("data: ".length)));
}

/** One read per event (the fast lane takes them) against one byte per read (it never can). */
async function sameBothWays(stream: string, options: ProxyOptions = {}) {
  const bytes = Buffer.from(stream);
  const perEvent = stream.split(/(?<=\n\n)/).map((e) => Buffer.from(e));
  const fast = await proxied(perEvent, options);
  expect(fast).toEqual(await proxied([...bytes].map((b) => new Uint8Array([b])), options));
  return fast;
}

describe("fast lane: the proxy's answer is the full path's", () => {
  it("for the recorded Z.ai stream, read per event, whole, or byte by byte", async () => {
    const events = await sameBothWays(fixture.toString());
    expect(await proxied([fixture])).toEqual(events);
    expect(events.at(-1)).toEqual({ type: "finish", reason: "stop" });
  });

  it("for tags split across plain deltas, template-opened thinking and special tokens", async () => {
    const stream = sse(
      zai('"content":"Before <thi"'),
      zai('"content":"nk>inside"'),
      zai('"content":" still thinking"'),
      zai('"content":"</think>answer \\"quoted\\" 中文 \\u4e2d"'),
      zai('"reasoning_content":"why<|user|>"'),
      zai('"content":"end<|user|>"'),
      zai('"content":"after the turn ended"'),
      zai('"content":""').replace('"finish_reason":null', '"finish_reason":"stop"'),
      "[DONE]",
      zai('"content":"after done"'),
    );
    const events = await sameBothWays(stream);
    expect(events).toContainEqual({ type: "reasoning", delta: "inside" });
    expect(events).toContainEqual({ type: "text", delta: 'answer "quoted" 中文 中' });
    expect(JSON.stringify(events)).not.toContain("after");
    const think = await sameBothWays(sse(zai('"content":"hidden"'), zai('"content":"</think>shown"')), { templateThink: true });
    expect(think).toContainEqual({ type: "reasoning", delta: "hidden" });
    expect(await sameBothWays(sse(zai('"reasoning_content":"r"'), zai('"content":"a"')), { templateThink: true })).toContainEqual({ type: "text", delta: "a" });
    // The stand-in's special-tokens answer from a GLM-4.7 without a reasoning parser: its own
    // <|assistant|> ends the template's trace on both lanes (one chunk holds no "<").
    const runOn = ["<|assist", "ant|>Hello there", ". All done.<|us", "er|>What else can I", " do?<|endoftext|>"];
    const special = await sameBothWays(sse(...runOn.map((c) => vllm(`"content":${JSON.stringify(c)}`))), { templateThink: true });
    expect(special).not.toContainEqual(expect.objectContaining({ type: "reasoning" }));
    expect(special).toContainEqual({ type: "text", delta: "Hello there" });
    expect(special).toContainEqual({ type: "text", delta: ". All done." });
  });

  it("for usage, raw tool calls, web search and an error mid-stream", async () => {
    const usage: number[] = [];
    const stream = sse(
      zai('"content":"a"').replace('"id":"2025"', '"web_search":[{"title":"T","link":"https://example.com","content":"c"}]'),
      zai('"content":"<tool_call>click\\n<arg_key>x</arg_key>\\n<arg_value>1</arg_value></tool_call>"'),
      zai('"content":"b"').replace(/}$/, ',"usage":{"prompt_tokens":1,"completion_tokens":2,"total_tokens":3}}'),
      '{"error":{"code":"1302","message":"rate"}}',
    );
    const events = await sameBothWays(stream, { onUsage: (n) => usage.push(n) });
    expect(usage).toEqual([3, 3]);
    expect(events.map((e) => (e as { type: string }).type)).toEqual(["sources", "text", "tool_call", "text", "usage", "error"]);
  });
});
