import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { normaliseUpstream } from "./normalise";
import { readSseData } from "./sse";
import type { StreamEvent } from "./events";

const fixture = readFileSync(new URL("../../e2e/fixtures/zai-stream-grounding.sse", import.meta.url));

function streamOf(parts: Uint8Array[]): ReadableStream<Uint8Array> {
  return new ReadableStream({
    start(c) {
      for (const p of parts) c.enqueue(p);
      c.close();
    },
  });
}

function randomSplit(bytes: Uint8Array, seed: number): Uint8Array[] {
  let s = seed;
  const rand = () => ((s = (s * 1103515245 + 12345) % 2147483648) / 2147483648);
  const out: Uint8Array[] = [];
  let at = 0;
  while (at < bytes.length) {
    const n = 1 + Math.floor(rand() * 50);
    out.push(bytes.slice(at, at + n));
    at += n;
  }
  return out;
}

async function collect(parts: Uint8Array[]): Promise<StreamEvent[]> {
  const out: StreamEvent[] = [];
  for await (const e of normaliseUpstream(readSseData(streamOf(parts)))) out.push(e);
  return out;
}

describe("SSE parser", () => {
  it("reads the recorded Z.ai grounding stream", async () => {
    const events = await collect([fixture]);
    const text = events.flatMap((e) => (e.type === "text" ? [e.delta] : [])).join("");
    const reasoning = events.flatMap((e) => (e.type === "reasoning" ? [e.delta] : [])).join("");
    expect(reasoning).toBe("The user wants the Save button. It is blue, lower left of the form.");
    expect(text).toBe("The **Save changes** button is at <|begin_of_box|>[[222,455,340,503]]<|end_of_box|>.");
    expect(events.at(-1)).toEqual({ type: "finish", reason: "stop" });
    expect(events.find((e) => e.type === "usage")).toMatchObject({ promptTokens: 1290, completionTokens: 61, totalTokens: 1351, cachedTokens: 0 });
  });

  it("gives identical output for any chunking of the same stream (200 random splits)", async () => {
    const whole = await collect([fixture]);
    const joined = (es: StreamEvent[]) => JSON.stringify(mergeDeltas(es));
    for (let seed = 1; seed <= 200; seed++) {
      expect(joined(await collect(randomSplit(fixture, seed)))).toBe(joined(whole));
    }
  });

  it("handles CRLF line ends, keep-alive comments and multi-byte characters split across reads", async () => {
    const payload = (d: object) => `data: ${JSON.stringify({ choices: [{ index: 0, delta: d, finish_reason: null }] })}\r\n\r\n`;
    const text =
      ": keep-alive\r\n\r\n" +
      payload({ content: "你好，世界 🌍" }) +
      ": keep-alive\r\n\r\n" +
      `data: ${JSON.stringify({ choices: [{ index: 0, delta: {}, finish_reason: "stop" }] })}\r\n\r\ndata: [DONE]\r\n\r\n`;
    const bytes = new TextEncoder().encode(text);
    for (let seed = 1; seed <= 50; seed++) {
      const events = await collect(randomSplit(bytes, seed));
      expect(mergeDeltas(events)).toEqual([{ type: "text", delta: "你好，世界 🌍" }, { type: "finish", reason: "stop" }]);
    }
  });

  it("drops an incomplete event at the end and reports the stream as interrupted", async () => {
    const text = `data: {"choices":[{"index":0,"delta":{"content":"Hel"}}]}\n\ndata: {"choi`;
    const events = await collect([new TextEncoder().encode(text)]);
    expect(events.map((e) => e.type)).toEqual(["text", "error"]);
    expect(events[1]).toMatchObject({ code: "stream_interrupted" });
  });
});

/** Adjacent deltas of one channel are merged: chunking may legitimately change delta boundaries. */
function mergeDeltas(events: StreamEvent[]): StreamEvent[] {
  const out: StreamEvent[] = [];
  for (const e of events) {
    const last = out.at(-1);
    if (last && (e.type === "text" || e.type === "reasoning") && last.type === e.type) {
      out[out.length - 1] = { type: e.type, delta: last.delta + e.delta };
    } else out.push(e);
  }
  return out;
}
