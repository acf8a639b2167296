import { encodeEvent, type StreamEvent } from "./events";
import { UpstreamNormaliser, type NormaliseOptions } from "./normalise";
import { SseDecoder, SseEventTooLarge } from "./sse";

export interface ProxyOptions extends NormaliseOptions {
  /** Silence from upstream mid-answer longer than this ends the answer with `upstream_timeout`. */
  idleTimeoutMs?: number;
  /** The largest single upstream SSE event accepted (~1 MB); a bigger one ends the answer. */
  maxEventChars?: number;
  /** Called with the total tokens of each usage event upstream reports (budgets). */
  onUsage?: (totalTokens: number) => void;
  /** Aborting it ends the stream early with an `interrupted` event (the server is shutting down). */
  interrupt?: AbortSignal;
}

export const SHUTDOWN_MESSAGE = "The server restarted before the answer was complete. What arrived is kept: Continue finishes it.";

const IDLE = Symbol("idle");

/** A read that gives up after `ms` (the reader is cancelled by the caller). */
function readWithin<T>(read: Promise<T>, ms: number | undefined): Promise<T | typeof IDLE> {
  if (!ms) return read;
  let timer: ReturnType<typeof setTimeout>;
  const idle = new Promise<typeof IDLE>((resolve) => (timer = setTimeout(() => resolve(IDLE), ms)));
  return Promise.race([read, idle]).finally(() => clearTimeout(timer));
}

/**
 * The proxy's stream: each upstream read is parsed, normalised and re-encoded at once, and
 * everything it completed is enqueued as one write, so events are flushed as their chunk arrives
 * with no per-event async overhead.
 */
export function proxyStream(upstream: ReadableStream<Uint8Array>, onCancel: () => void, options: ProxyOptions = {}): ReadableStream<Uint8Array> {
  const sse = new SseDecoder(options.maxEventChars);
  const normaliser = new UpstreamNormaliser(options);
  const encoder = new TextEncoder();
  const reader = upstream.getReader();
  const encode = (events: StreamEvent[]) => encoder.encode(events.map(encodeEvent).join(""));
  let cancelled = false;
  // Cancelling the reader settles a pending read as done; pull then sees the interrupt.
  const onInterrupt = () => {
    onCancel();
    void reader.cancel().catch(() => {});
  };
  if (options.interrupt?.aborted) onInterrupt();
  else options.interrupt?.addEventListener("abort", onInterrupt, { once: true });
  /** The upstream ended (or was cut by the interrupt): what is pending, then the last event. */
  const end = (controller: ReadableStreamDefaultController<Uint8Array>) => {
    options.interrupt?.removeEventListener("abort", onInterrupt);
    const tail = options.interrupt?.aborted ? [{ type: "interrupted" as const, message: SHUTDOWN_MESSAGE }] : normaliser.end();
    if (tail.length) controller.enqueue(encode(tail));
    controller.close();
  };

  /** Ends the answer on our side: what arrived stays with the client, then one error event. */
  const stop = (controller: ReadableStreamDefaultController<Uint8Array>, error: StreamEvent) => {
    onCancel();
    void reader.cancel().catch(() => {});
    controller.enqueue(encode([...normaliser.end().filter((e) => e.type !== "error"), error]));
    controller.close();
  };

  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      for (;;) {
        let read: ReadableStreamReadResult<Uint8Array> | typeof IDLE;
        try {
          read = await readWithin(reader.read(), options.idleTimeoutMs);
        } catch {
          if (cancelled) return;
          return end(controller);
        }
        if (read === IDLE) {
          const seconds = Math.round((options.idleTimeoutMs ?? 0) / 1000);
          return stop(controller, { type: "error", code: "upstream_timeout", message: `The model went silent for ${seconds} seconds, so the answer was stopped. What arrived is kept; retry for a full answer.` });
        }
        if (read.done || options.interrupt?.aborted) return end(controller);
        const events: StreamEvent[] = [];
        try {
          for (const data of sse.feed(read.value)) events.push(...normaliser.push(data));
        } catch (error) {
          if (!(error instanceof SseEventTooLarge)) throw error;
          return stop(controller, { type: "error", code: "upstream_unavailable", message: "The provider sent a malformed answer (one event over 1 MB), so it was stopped. What arrived is kept." });
        }
        if (events.length) {
          for (const e of events) if (e.type === "usage") options.onUsage?.(e.totalTokens);
          return controller.enqueue(encode(events));
        }
        // Nothing complete yet (a split payload or a keep-alive): read on.
      }
    },
    cancel() {
      cancelled = true;
      options.interrupt?.removeEventListener("abort", onInterrupt);
      onCancel();
      void reader.cancel().catch(() => {});
    },
  });
}
