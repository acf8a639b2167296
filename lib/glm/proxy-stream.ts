import { encodeEvent, type StreamEvent } from "./events";
import { UpstreamNormaliser, type NormaliseOptions } from "./normalise";
import { SseDecoder } from "./sse";

export interface ProxyStreamOptions extends NormaliseOptions {
  /** Aborting it ends the stream early with an `interrupted` event (the server is shutting down). */
  interrupt?: AbortSignal;
  interruptMessage?: string;
  /** Called once when the stream is over, however it ended. */
  onDone?: () => void;
}

export const SHUTDOWN_MESSAGE = "The server restarted before the answer was complete. What arrived is kept: Continue finishes it.";

/**
 * The proxy's stream: each upstream read is parsed, normalised and re-encoded at once, and
 * everything it completed is enqueued as one write, so events are flushed as their chunk arrives
 * with no per-event async overhead.
 */
export function proxyStream(upstream: ReadableStream<Uint8Array>, onCancel: () => void, options: ProxyStreamOptions = {}): ReadableStream<Uint8Array> {
  const sse = new SseDecoder();
  const normaliser = new UpstreamNormaliser(options);
  const encoder = new TextEncoder();
  const reader = upstream.getReader();
  const encode = (events: StreamEvent[]) => encoder.encode(events.map(encodeEvent).join(""));
  let cancelled = false;
  let done = false;
  const finish = () => {
    if (done) return;
    done = true;
    options.interrupt?.removeEventListener("abort", onInterrupt);
    options.onDone?.();
  };
  // Cancelling the reader settles a pending read as done; pull then sees the interrupt.
  function onInterrupt() {
    onCancel();
    void reader.cancel().catch(() => {});
  }
  options.interrupt?.addEventListener("abort", onInterrupt, { once: true });
  if (options.interrupt?.aborted) onInterrupt();

  const end = (controller: ReadableStreamDefaultController<Uint8Array>) => {
    const tail = options.interrupt?.aborted
      ? [{ type: "interrupted" as const, message: options.interruptMessage ?? SHUTDOWN_MESSAGE }]
      : normaliser.end();
    if (tail.length) controller.enqueue(encode(tail));
    controller.close();
    finish();
  };

  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      for (;;) {
        let read: ReadableStreamReadResult<Uint8Array>;
        try {
          read = await reader.read();
        } catch {
          if (cancelled) return;
          return end(controller);
        }
        if (read.done || options.interrupt?.aborted) return end(controller);
        const events: StreamEvent[] = [];
        for (const data of sse.feed(read.value)) events.push(...normaliser.push(data));
        if (events.length) return controller.enqueue(encode(events));
        // Nothing complete yet (a split payload or a keep-alive): read on.
      }
    },
    cancel() {
      cancelled = true;
      finish();
      onCancel();
      void reader.cancel().catch(() => {});
    },
  });
}
