import { readFileSync } from "node:fs";
import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { proxyStream, proxyToNode } from "./proxy-stream";

const fixture = readFileSync(new URL("../../e2e/fixtures/zai-stream-grounding.sse", import.meta.url));

/** Delivers each part on its own read, then ends or fails the way a dropped socket does. */
function source(parts: Uint8Array[], fail = false): ReadableStream<Uint8Array> {
  let i = 0;
  return new ReadableStream({
    pull(c) {
      if (i < parts.length) return c.enqueue(parts[i++]);
      if (fail) c.error(new TypeError("terminated"));
      else c.close();
    },
  });
}

async function read(stream: ReadableStream<Uint8Array>): Promise<string> {
  return new Response(stream).text();
}

describe("proxyStream", () => {
  it("re-encodes the upstream stream as the app's events, identically for byte-by-byte reads", async () => {
    const whole = await read(proxyStream(source([fixture]), () => {}));
    const bytewise = await read(proxyStream(source([...fixture].map((b) => new Uint8Array([b]))), () => {}));
    const texts = (s: string) => s.split("\n\n").filter(Boolean).map((l) => JSON.parse(l.slice(6))).filter((e) => e.type === "text").map((e) => e.delta).join("");
    expect(texts(bytewise)).toBe(texts(whole));
    expect(whole).toMatch(/^data: \{"type":"reasoning"/);
    expect(whole.trim().endsWith('data: {"type":"finish","reason":"stop"}')).toBe(true);
  });

  it("ends a failed upstream read with stream_interrupted after the text that arrived", async () => {
    const half = fixture.slice(0, 900);
    const out = await read(proxyStream(source([half], true), () => {}));
    expect(out).toContain('"type":"reasoning"');
    expect(out.trim().split("\n\n").at(-1)).toContain("stream_interrupted");
  });

  it("calls onCancel when the client goes away", async () => {
    let cancelled = false;
    const never = new ReadableStream<Uint8Array>({ pull: () => new Promise(() => {}) });
    const stream = proxyStream(never, () => (cancelled = true));
    await stream.cancel();
    expect(cancelled).toBe(true);
  });

  it("reads Node's socket stream (the real upstream) exactly like a web stream", async () => {
    const parts = [...fixture].map((b) => new Uint8Array([b]));
    const web = await read(proxyStream(source(parts), () => {}));
    expect(await read(proxyStream(Readable.from(parts), () => {}))).toBe(web);
  });

  it("ends a dropped Node stream with stream_interrupted after the text that arrived", async () => {
    const dropped = new Readable({ read() {} });
    dropped.push(fixture.slice(0, 900));
    setImmediate(() => dropped.destroy(new Error("socket hang up")));
    const out = await read(proxyStream(dropped, () => {}));
    expect(out).toContain('"type":"reasoning"');
    expect(out.trim().split("\n\n").at(-1)).toContain("stream_interrupted");
  });

  it("destroys the Node stream and calls onCancel when the client goes away", async () => {
    let cancelled = false;
    const upstream = new Readable({ read() {} });
    const stream = proxyStream(upstream, () => (cancelled = true));
    await stream.cancel();
    expect(cancelled).toBe(true);
    expect(upstream.destroyed).toBe(true);
  });
});

describe("proxyStream interrupt (server shutdown)", () => {
  it("ends a running stream with an interrupted event after what arrived, and cancels the upstream", async () => {
    let upstreamCancelled = false;
    const first = fixture.slice(0, 900);
    let sent = false;
    const upstream = new ReadableStream<Uint8Array>({
      pull(c) {
        if (!sent) {
          sent = true;
          return c.enqueue(first);
        }
        return new Promise(() => {});
      },
      cancel: () => void (upstreamCancelled = true),
    });
    let interrupt: (() => void) | undefined;
    let released = 0;
    let cancelled = 0;
    const stream = proxyStream(upstream, () => cancelled++, { track: (stop) => ((interrupt = stop), () => released++) });
    const reader = stream.getReader();
    const decoder = new TextDecoder();
    let out = decoder.decode((await reader.read()).value);
    expect(out).toContain('"type":"reasoning"');
    interrupt!();
    for (;;) {
      const { done: end, value } = await reader.read();
      if (end) break;
      out += decoder.decode(value);
    }
    const last = JSON.parse(out.trim().split("\n\n").at(-1)!.slice(6));
    expect(last).toMatchObject({ type: "interrupted" });
    expect(last.message).toMatch(/Continue/);
    expect(out).not.toContain("stream_interrupted");
    expect(upstreamCancelled).toBe(true);
    expect(cancelled).toBeGreaterThan(0);
    expect(released).toBe(1);
  });
});

describe("proxyStream limits", () => {
  const enc = new TextEncoder();
  const textChunk = (t: string) => enc.encode(`data: ${JSON.stringify({ choices: [{ index: 0, delta: { content: t } }] })}\n\n`);

  it("ends a silent upstream with upstream_timeout after the text that arrived, and cancels it", async () => {
    let cancelled = false;
    let sent = false;
    const stalls = new ReadableStream<Uint8Array>({
      pull(c) {
        if (!sent) {
          sent = true;
          c.enqueue(textChunk("Hello"));
          return;
        }
        return new Promise(() => {});
      },
      cancel: () => void (cancelled = true),
    });
    let aborted = false;
    const out = await read(proxyStream(stalls, () => (aborted = true), { idleTimeoutMs: 30 }));
    const events = out.split("\n\n").filter(Boolean).map((l) => JSON.parse(l.slice(6)));
    expect(events[0]).toEqual({ type: "text", delta: "Hello" });
    expect(events.at(-1)).toMatchObject({ type: "error", code: "upstream_timeout" });
    expect(aborted && cancelled).toBe(true);
  });

  it("stops an upstream event that grows past the cap instead of buffering it", async () => {
    let reads = 0;
    const endless = new ReadableStream<Uint8Array>({
      pull(c) {
        reads++;
        c.enqueue(enc.encode(reads === 1 ? 'data: {"choices":[{"delta":{"content":"' : "x".repeat(64 * 1024)));
      },
    });
    const out = await read(proxyStream(endless, () => {}, { maxEventChars: 1024 * 1024 }));
    expect(out).toContain('"code":"upstream_unavailable"');
    expect(reads).toBeLessThan(40);
  });

  it("reports each usage event's total tokens", async () => {
    const seen: number[] = [];
    await read(proxyStream(source([fixture]), () => {}, { onUsage: (n) => seen.push(n) }));
    expect(seen.length).toBe(1);
    expect(seen[0]).toBeGreaterThan(0);
  });

  it("ends a silent Node stream with upstream_timeout after the text that arrived, and destroys it", async () => {
    const stalls = new Readable({ read() {} });
    stalls.push(textChunk("Hello"));
    let aborted = false;
    const out = await read(proxyStream(stalls, () => (aborted = true), { idleTimeoutMs: 30 }));
    const events = out.split("\n\n").filter(Boolean).map((l) => JSON.parse(l.slice(6)));
    expect(events[0]).toEqual({ type: "text", delta: "Hello" });
    expect(events.at(-1)).toMatchObject({ type: "error", code: "upstream_timeout" });
    expect(aborted && stalls.destroyed).toBe(true);
  });

  it("stops a Node stream whose event grows past the cap", async () => {
    let reads = 0;
    const endless = new Readable({
      read() {
        reads++;
        this.push(enc.encode(reads === 1 ? 'data: {"choices":[{"delta":{"content":"' : "x".repeat(64 * 1024)));
      },
    });
    const out = await read(proxyStream(endless, () => {}, { maxEventChars: 1024 * 1024 }));
    expect(out).toContain('"code":"upstream_unavailable"');
    expect(endless.destroyed).toBe(true);
  });

  it("ends a Node stream with the interrupted event when the server shuts down", async () => {
    const upstream = new Readable({ read() {} });
    upstream.push(textChunk("Hello"));
    let interrupt: (() => void) | undefined;
    let released = 0;
    let cancelled = 0;
    const stream = proxyStream(upstream, () => cancelled++, { track: (stop) => ((interrupt = stop), () => released++) });
    const reader = stream.getReader();
    const first = new TextDecoder().decode((await reader.read()).value);
    expect(first).toContain("Hello");
    interrupt!();
    let rest = "";
    for (let r = await reader.read(); !r.done; r = await reader.read()) rest += new TextDecoder().decode(r.value);
    expect(rest).toContain('"type":"interrupted"');
    expect(cancelled).toBe(1);
    expect(upstream.destroyed).toBe(true);
  });
});

describe("proxy end and first byte", () => {
  it("reports the end once: done after the last event, aborted when the client goes away", async () => {
    const ends: string[] = [];
    await read(proxyStream(source([fixture]), () => {}, { onEnd: (o) => ends.push(o) }));
    expect(ends).toEqual(["done"]);
    const never = new ReadableStream<Uint8Array>({ pull: () => new Promise(() => {}) });
    const stream = proxyStream(never, () => {}, { onEnd: (o) => ends.push(o) });
    await stream.cancel();
    await stream.cancel();
    expect(ends).toEqual(["done", "aborted"]);
  });

  it("ends an upstream that sends headers but no body with upstream_timeout (first-byte wait)", async () => {
    const never = new Readable({ read() {} });
    const out = await read(proxyStream(never, () => {}, { firstByteTimeoutMs: 20, idleTimeoutMs: 60_000 }));
    const event = JSON.parse(out.trim().slice(6));
    expect(event).toMatchObject({ type: "error", code: "upstream_timeout", message: expect.stringMatching(/did not start answering/) });
    // The wait named in the words also travels as a number (the card words it in every language).
    expect(event.message).toContain(`within ${event.waitedSeconds} seconds`);
    expect(never.destroyed).toBe(true);
  });

  it("after the first bytes, waits the idle time, not the first-byte time", async () => {
    const enc = new TextEncoder();
    const stalls = new Readable({ read() {} });
    stalls.push(enc.encode(`data: ${JSON.stringify({ choices: [{ index: 0, delta: { content: "Hi" } }] })}\n\n`));
    const out = await read(proxyStream(stalls, () => {}, { firstByteTimeoutMs: 60_000, idleTimeoutMs: 20 }));
    expect(out).toContain('"delta":"Hi"');
    expect(out).toMatch(/went silent/);
    // The wait travels as a number (rounded to seconds), so a card in any language can name it.
    expect(out).toContain('"waitedSeconds":0');
  });
});

describe("proxyToNode (the chat fast path)", () => {
  it("writes the same bytes as the web stream, ends the response and reports done", async () => {
    const { PassThrough } = await import("node:stream");
    const parts = [...fixture.subarray(0, 4000)].map((b) => new Uint8Array([b]));
    const web = await read(proxyStream(Readable.from(parts), () => {}));
    const res = new PassThrough();
    const chunks: Buffer[] = [];
    res.on("data", (c: Buffer) => chunks.push(c));
    const ended = new Promise((r) => res.once("end", r));
    const ends: string[] = [];
    proxyToNode(Readable.from(parts), res, () => {}, { onEnd: (o) => ends.push(o) });
    await ended;
    expect(Buffer.concat(chunks).toString()).toBe(web);
    expect(ends).toEqual(["done"]);
  });

  it("drops the upstream when the client's response closes early", async () => {
    const { PassThrough } = await import("node:stream");
    const upstream = new Readable({ read() {} });
    const res = new PassThrough();
    let cancelled = false;
    const ends: string[] = [];
    proxyToNode(upstream, res, () => (cancelled = true), { onEnd: (o) => ends.push(o) });
    res.destroy();
    await new Promise((r) => res.once("close", r));
    expect(cancelled && upstream.destroyed).toBe(true);
    expect(ends).toEqual(["aborted"]);
  });
});

describe("usage upstream never reported (budgets)", () => {
  const enc = new TextEncoder();
  const textChunk = (t: string) => enc.encode(`data: ${JSON.stringify({ choices: [{ index: 0, delta: { content: t } }] })}\n\n`);

  it("is not estimated when the stream reports its usage", async () => {
    const unknown: number[] = [];
    await read(proxyStream(source([fixture]), () => {}, { onUsageUnknown: (b) => unknown.push(b) }));
    expect(unknown).toEqual([]);
  });

  it("an answer the client stopped reports the answer text it streamed, once", async () => {
    const unknown: number[] = [];
    const ends: string[] = [];
    let first = true;
    const slow = new ReadableStream<Uint8Array>({
      pull(c) {
        if (!first) return new Promise(() => {});
        first = false;
        c.enqueue(textChunk("Hello there"));
      },
    });
    const stream = proxyStream(slow, () => {}, { onUsageUnknown: (b) => unknown.push(b), onEnd: (o) => ends.push(o) });
    const reader = stream.getReader();
    expect(new TextDecoder().decode((await reader.read()).value)).toContain("Hello there");
    await reader.cancel();
    await reader.cancel();
    expect(ends).toEqual(["aborted"]);
    // The delta as it went out, quotes included: `"Hello there"`.
    expect(unknown).toEqual([13]);
  });

  it("an answer stopped before any byte arrived is reported too (its prompt was sent)", async () => {
    const unknown: number[] = [];
    const never = new ReadableStream<Uint8Array>({ pull: () => new Promise(() => {}) });
    await proxyStream(never, () => {}, { onUsageUnknown: (b) => unknown.push(b) }).cancel();
    expect(unknown).toEqual([0]);
  });

  it("a stream cut without its usage chunk (dropped, or a server that sends none) counts its text and reasoning", async () => {
    const unknown: number[] = [];
    const reasoning = enc.encode(`data: ${JSON.stringify({ choices: [{ index: 0, delta: { reasoning_content: "Hmm" } }] })}\n\n`);
    // Split inside an event: the slow path's deltas count the same as the fast lane's.
    const text = textChunk("你好");
    const parts = [reasoning, text.subarray(0, 20), text.subarray(20)];
    await read(proxyStream(source(parts, true), () => {}, { onUsageUnknown: (b) => unknown.push(b) }));
    expect(unknown).toHaveLength(1);
    // "Hmm" went out as `"Hmm"` (5 bytes); 你好 is 6 bytes of UTF-8, counted as text on the slow path.
    expect(unknown[0]).toBe(5 + 6);
  });
});
