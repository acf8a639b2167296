import type { Readable } from "node:stream";
import { encodeEvent, type StreamEvent } from "./events";
import { UpstreamNormaliser } from "./normalise";
import { SseDecoder } from "./sse";

/** A web stream (demo mode, tests) or Node's response straight off the socket (the real upstream). */
export type UpstreamBody = ReadableStream<Uint8Array> | Readable;

/**
 * The proxy's stream: each upstream read is parsed, normalised and re-encoded at once, and
 * everything it completed is enqueued as one write, so events are flushed as their chunk arrives
 * with no per-event async overhead.
 */
export function proxyStream(upstream: UpstreamBody, onCancel: () => void): ReadableStream<Uint8Array> {
  return upstream instanceof ReadableStream ? fromWeb(upstream, onCancel) : fromNode(upstream, onCancel);
}

/** Upstream bytes in, the app's encoded events out (null when nothing completed yet). */
function translator() {
  const sse = new SseDecoder();
  const normaliser = new UpstreamNormaliser();
  const encoder = new TextEncoder();
  const encode = (events: StreamEvent[]) => (events.length ? encoder.encode(events.map(encodeEvent).join("")) : null);
  return {
    feed(bytes: Uint8Array): Uint8Array | null {
      const events: StreamEvent[] = [];
      for (const data of sse.feed(bytes)) events.push(...normaliser.push(data));
      return encode(events);
    },
    /** After the upstream ended or failed: the cut-off error when no finish came. */
    end: () => encode(normaliser.end()),
  };
}

function fromWeb(upstream: ReadableStream<Uint8Array>, onCancel: () => void): ReadableStream<Uint8Array> {
  const t = translator();
  const reader = upstream.getReader();
  let cancelled = false;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      for (;;) {
        let read: ReadableStreamReadResult<Uint8Array>;
        try {
          read = await reader.read();
        } catch {
          if (cancelled) return;
          read = { done: true, value: undefined };
        }
        if (read.done) {
          const tail = t.end();
          if (tail) controller.enqueue(tail);
          return controller.close();
        }
        const out = t.feed(read.value);
        if (out) return controller.enqueue(out);
        // Nothing complete yet (a split payload or a keep-alive): read on.
      }
    },
    cancel() {
      cancelled = true;
      onCancel();
      void reader.cancel().catch(() => {});
    },
  });
}

/**
 * Node's stream pushes chunks as the socket delivers them: each is translated inside its "data"
 * event and enqueued, with no read promise per chunk; the socket pauses while the client lags.
 */
function fromNode(upstream: Readable, onCancel: () => void): ReadableStream<Uint8Array> {
  const t = translator();
  let over = false;
  return new ReadableStream<Uint8Array>({
    start(controller) {
      const finish = () => {
        if (over) return;
        over = true;
        const tail = t.end();
        if (tail) controller.enqueue(tail);
        controller.close();
      };
      upstream.on("data", (chunk: Uint8Array) => {
        if (over) return;
        const out = t.feed(chunk);
        if (!out) return;
        controller.enqueue(out);
        if ((controller.desiredSize ?? 1) <= 0) upstream.pause();
      });
      upstream.once("end", finish);
      // Without "end" first this is a dropped connection (or an error): the translator says so.
      upstream.once("close", () => {
        if (!(upstream as { complete?: boolean }).complete || upstream.readableEnded) finish();
      });
      upstream.on("error", () => {});
    },
    pull() {
      if (!over) upstream.resume();
    },
    cancel() {
      over = true;
      onCancel();
      upstream.destroy();
    },
  }, { highWaterMark: 8 });
}
