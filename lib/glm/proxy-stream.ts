import { encodeEvent, type StreamEvent } from "./events";
import { UpstreamNormaliser, type NormaliseOptions } from "./normalise";
import { SseDecoder } from "./sse";

/**
 * The proxy's stream: each upstream read is parsed, normalised and re-encoded at once, and
 * everything it completed is enqueued as one write, so events are flushed as their chunk arrives
 * with no per-event async overhead.
 */
export function proxyStream(upstream: ReadableStream<Uint8Array>, onCancel: () => void, options?: NormaliseOptions): ReadableStream<Uint8Array> {
  const sse = new SseDecoder();
  const normaliser = new UpstreamNormaliser(options);
  const encoder = new TextEncoder();
  const reader = upstream.getReader();
  const encode = (events: StreamEvent[]) => encoder.encode(events.map(encodeEvent).join(""));
  let cancelled = false;

  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      for (;;) {
        let read: ReadableStreamReadResult<Uint8Array>;
        try {
          read = await reader.read();
        } catch {
          if (cancelled) return;
          const tail = normaliser.end();
          if (tail.length) controller.enqueue(encode(tail));
          return controller.close();
        }
        if (read.done) {
          const tail = normaliser.end();
          if (tail.length) controller.enqueue(encode(tail));
          return controller.close();
        }
        const events: StreamEvent[] = [];
        for (const data of sse.feed(read.value)) events.push(...normaliser.push(data));
        if (events.length) return controller.enqueue(encode(events));
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
