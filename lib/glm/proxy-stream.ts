import type { Readable } from "node:stream";
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

/** A web stream (demo mode, tests) or Node's response straight off the socket (the real upstream). */
export type UpstreamBody = ReadableStream<Uint8Array> | Readable;

export const SHUTDOWN_MESSAGE = "The server restarted before the answer was complete. What arrived is kept: Continue finishes it.";

const IDLE = Symbol("idle");

/** A read that gives up after `ms` (the reader is cancelled by the caller). */
function readWithin<T>(read: Promise<T>, ms: number | undefined): Promise<T | typeof IDLE> {
  if (!ms) return read;
  let timer: ReturnType<typeof setTimeout>;
  const idle = new Promise<typeof IDLE>((resolve) => (timer = setTimeout(() => resolve(IDLE), ms)));
  return Promise.race([read, idle]).finally(() => clearTimeout(timer));
}

const tooLarge: StreamEvent = { type: "error", code: "upstream_unavailable", message: "The provider sent a malformed answer (one event over 1 MB), so it was stopped. What arrived is kept." };

function silent(ms: number | undefined): StreamEvent {
  const seconds = Math.round((ms ?? 0) / 1000);
  return { type: "error", code: "upstream_timeout", message: `The model went silent for ${seconds} seconds, so the answer was stopped. What arrived is kept; retry for a full answer.` };
}

/**
 * The proxy's stream: each upstream read is parsed, normalised and re-encoded at once, and
 * everything it completed is enqueued as one write, so events are flushed as their chunk arrives
 * with no per-event async overhead.
 */
export function proxyStream(upstream: UpstreamBody, onCancel: () => void, options: ProxyOptions = {}): ReadableStream<Uint8Array> {
  return upstream instanceof ReadableStream ? fromWeb(upstream, onCancel, options) : fromNode(upstream, onCancel, options);
}

/** Upstream bytes in, the app's encoded events out (null when nothing completed yet). */
function translator(options: ProxyOptions) {
  const sse = new SseDecoder(options.maxEventChars);
  const normaliser = new UpstreamNormaliser(options);
  const encoder = new TextEncoder();
  const encode = (events: StreamEvent[]) => (events.length ? encoder.encode(events.map(encodeEvent).join("")) : null);
  return {
    /** Throws SseEventTooLarge for a runaway event. */
    feed(bytes: Uint8Array): Uint8Array | null {
      const events: StreamEvent[] = [];
      for (const data of sse.feed(bytes)) events.push(...normaliser.push(data));
      for (const e of events) if (e.type === "usage") options.onUsage?.(e.totalTokens);
      return encode(events);
    },
    /** After the upstream ended, failed or was cut by the interrupt: the last event, if any. */
    end: () => encode(options.interrupt?.aborted ? [{ type: "interrupted", message: SHUTDOWN_MESSAGE }] : normaliser.end()),
    /** Ends the answer on our side: what arrived stays with the client, then one error event. */
    stop: (error: StreamEvent) => encode([...normaliser.end().filter((e) => e.type !== "error"), error])!,
  };
}

function fromWeb(upstream: ReadableStream<Uint8Array>, onCancel: () => void, options: ProxyOptions): ReadableStream<Uint8Array> {
  const t = translator(options);
  const reader = upstream.getReader();
  let cancelled = false;
  // Cancelling the reader settles a pending read as done; pull then sees the interrupt.
  const onInterrupt = () => {
    onCancel();
    void reader.cancel().catch(() => {});
  };
  if (options.interrupt?.aborted) onInterrupt();
  else options.interrupt?.addEventListener("abort", onInterrupt, { once: true });
  const stop = (controller: ReadableStreamDefaultController<Uint8Array>, error: StreamEvent) => {
    onCancel();
    void reader.cancel().catch(() => {});
    controller.enqueue(t.stop(error));
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
          read = { done: true, value: undefined };
        }
        if (read === IDLE) return stop(controller, silent(options.idleTimeoutMs));
        if (read.done || options.interrupt?.aborted) {
          options.interrupt?.removeEventListener("abort", onInterrupt);
          const tail = t.end();
          if (tail) controller.enqueue(tail);
          return controller.close();
        }
        let out: Uint8Array | null;
        try {
          out = t.feed(read.value);
        } catch (error) {
          if (!(error instanceof SseEventTooLarge)) throw error;
          return stop(controller, tooLarge);
        }
        if (out) return controller.enqueue(out);
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

/**
 * Node's stream pushes chunks as the socket delivers them: each is translated inside its "data"
 * event and enqueued, with no read promise per chunk; the socket pauses while the client lags.
 * The idle check is one timer re-armed from the last chunk's time, not a new timer per chunk.
 */
function fromNode(upstream: Readable, onCancel: () => void, options: ProxyOptions): ReadableStream<Uint8Array> {
  const t = translator(options);
  let over = false;
  let paused = false;
  let lastData = Date.now();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let detach = () => {};
  return new ReadableStream<Uint8Array>(
    {
      start(controller) {
        const close = (last: Uint8Array | null) => {
          if (over) return;
          over = true;
          clearTimeout(timer);
          options.interrupt?.removeEventListener("abort", onInterrupt);
          if (last) controller.enqueue(last);
          controller.close();
        };
        // Server shutdown: what arrived, then the interrupted event (the translator's end says so).
        const onInterrupt = () => {
          if (over) return;
          onCancel();
          upstream.destroy();
          close(t.end());
        };
        const stop = (error: StreamEvent) => {
          if (over) return;
          onCancel();
          upstream.destroy();
          close(t.stop(error));
        };
        const ms = options.idleTimeoutMs;
        const check = () => {
          const quiet = Date.now() - lastData;
          // While the client lags the socket is paused on purpose: that silence is not upstream's.
          if (!paused && quiet >= ms!) return stop(silent(ms));
          timer = setTimeout(check, paused ? ms! : ms! - quiet);
        };
        if (ms) timer = setTimeout(check, ms);
        upstream.on("data", (chunk: Uint8Array) => {
          if (over) return;
          lastData = Date.now();
          let out: Uint8Array | null;
          try {
            out = t.feed(chunk);
          } catch (error) {
            if (!(error instanceof SseEventTooLarge)) throw error;
            return stop(tooLarge);
          }
          if (!out) return;
          controller.enqueue(out);
          if ((controller.desiredSize ?? 1) <= 0) {
            paused = true;
            upstream.pause();
          }
        });
        const finish = () => close(t.end());
        upstream.once("end", finish);
        // Without "end" first this is a dropped connection (or an error): the translator says so.
        upstream.once("close", () => {
          if (!(upstream as { complete?: boolean }).complete || upstream.readableEnded) finish();
        });
        upstream.on("error", () => {});
        if (upstream.readableEnded || upstream.destroyed) finish();
        detach = () => options.interrupt?.removeEventListener("abort", onInterrupt);
        if (options.interrupt?.aborted) onInterrupt();
        else options.interrupt?.addEventListener("abort", onInterrupt, { once: true });
      },
      pull() {
        if (over) return;
        paused = false;
        upstream.resume();
      },
      cancel() {
        over = true;
        clearTimeout(timer);
        detach();
        onCancel();
        upstream.destroy();
      },
    },
    { highWaterMark: 8 },
  );
}
