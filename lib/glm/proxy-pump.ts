import type { Readable } from "node:stream";
import { encodeEvent, type StreamEvent } from "./events";
import { plainDelta, splitEvents } from "./fast-lane";
import { UpstreamNormaliser, type NormaliseOptions } from "./normalise";
import { SseDecoder, SseEventTooLarge } from "./sse";

export interface ProxyOptions extends NormaliseOptions {
  /** Silence from upstream mid-answer longer than this ends the answer with `upstream_timeout`. */
  idleTimeoutMs?: number;
  /**
   * The same for the first body bytes (the response headers are in, the answer is not): the
   * response is not held back waiting for them, so this wait runs inside the stream.
   */
  firstByteTimeoutMs?: number;
  /** The largest single upstream SSE event accepted (~1 MB); a bigger one ends the answer. */
  maxEventChars?: number;
  /** Called with the total tokens of each usage event upstream reports (budgets). */
  onUsage?: (totalTokens: number) => void;
  /**
   * Called once at the end when upstream reported no usage: the answer was stopped, cut or timed
   * out before its last chunk (where usage comes), or the server sends none. `answerBytes` is the
   * size of the answer and reasoning text streamed, so the budget can charge an estimate: without
   * it every stopped answer, prompt and all, would be free.
   */
  onUsageUnknown?: (answerBytes: number) => void;
  /**
   * Registers the running stream with the server's lifecycle: calling the `interrupt` it is given
   * ends the stream early with an `interrupted` event (the server is shutting down). Returns the
   * release, called when the stream is over. A function rather than an AbortSignal: one
   * controller per request is the chat path's budget (docs/decisions/chat-fast-path.md).
   */
  track?: (interrupt: () => void) => () => void;
  /** Called once when the answer is over, however it ended ("aborted": the client went away). */
  onEnd?: (outcome: "done" | "aborted") => void;
}

export const SHUTDOWN_MESSAGE = "The server restarted before the answer was complete. What arrived is kept: Continue finishes it.";

const tooLarge: StreamEvent = { type: "error", code: "upstream_unavailable", message: "The provider sent a malformed answer (one event over 1 MB), so it was stopped. What arrived is kept." };

const seconds = (ms: number | undefined) => Math.round((ms ?? 0) / 1000);

function timedOut(started: boolean, options: ProxyOptions): StreamEvent {
  if (!started) {
    const waited = seconds(options.firstByteTimeoutMs);
    return { type: "error", code: "upstream_timeout", message: `The model did not start answering within ${waited} seconds. Retry in a moment.`, waitedSeconds: waited };
  }
  // The number travels too: an answer silent before its text began is worded by the catalogue, in every language.
  const silent = seconds(options.idleTimeoutMs);
  return { type: "error", code: "upstream_timeout", message: `The model went silent for ${silent} seconds, so the answer was stopped. What arrived is kept: Continue finishes it, Retry asks again.`, waitedSeconds: silent };
}

/** The app's event for a delta, around its JSON string literal (as `encodeEvent` writes it). */
const DELTA_HEAD = { text: Buffer.from('data: {"type":"text","delta":'), reasoning: Buffer.from('data: {"type":"reasoning","delta":') };
const DELTA_TAIL = Buffer.from("}\n\n");
const utf8 = new TextDecoder();

/** Upstream bytes in, the app's encoded events out (null when nothing completed yet). */
function translator(options: ProxyOptions) {
  const sse = new SseDecoder(options.maxEventChars);
  const normaliser = new UpstreamNormaliser(options);
  const encode = (events: StreamEvent[]) => (events.length ? Buffer.from(events.map(encodeEvent).join("")) : null);
  let reported = false;
  let answerBytes = 0;
  const usage = (events: StreamEvent[]) => {
    for (const e of events) {
      if (e.type === "usage") {
        reported = true;
        options.onUsage?.(e.totalTokens);
      } else if (e.type === "text" || e.type === "reasoning") answerBytes += Buffer.byteLength(e.delta);
    }
  };
  /** A read of whole events (fast-lane.ts): plain deltas copied as they are, any other payload normalised. */
  const fast = (bytes: Uint8Array, payloads: number[]): Uint8Array | null => {
    sse.skip();
    const parts: Uint8Array[] = [];
    for (let k = 0; k < payloads.length; k += 2) {
      const delta = plainDelta(bytes, payloads[k], payloads[k + 1]);
      // An empty delta is no event and changes nothing (as in the normaliser).
      if (delta && delta.end - delta.start === 2) continue;
      const kind = delta && normaliser.passThrough(delta.field);
      if (delta && kind) {
        answerBytes += delta.end - delta.start;
        parts.push(DELTA_HEAD[kind], bytes.subarray(delta.start, delta.end), DELTA_TAIL);
        continue;
      }
      const events = normaliser.push(utf8.decode(bytes.subarray(payloads[k], payloads[k + 1])));
      usage(events);
      const encoded = encode(events);
      if (encoded) parts.push(encoded);
    }
    return parts.length ? Buffer.concat(parts) : null;
  };
  return {
    /** Throws SseEventTooLarge for a runaway event. */
    feed(bytes: Uint8Array): Uint8Array | null {
      const payloads = sse.idle ? splitEvents(bytes) : null;
      if (payloads) return fast(bytes, payloads);
      const events: StreamEvent[] = [];
      for (const data of sse.feed(bytes)) for (const e of normaliser.push(data)) events.push(e);
      usage(events);
      return encode(events);
    },
    /** After the upstream ended, failed or was cut by the interrupt: the last event, if any. */
    end: (interrupted = false) => {
      if (interrupted) return encode([{ type: "interrupted", message: SHUTDOWN_MESSAGE }]);
      const events = normaliser.end();
      usage(events);
      return encode(events);
    },
    /** Ends the answer on our side: what arrived stays with the client, then one error event. */
    stop: (error: StreamEvent) => {
      const events = normaliser.end().filter((e) => e.type !== "error");
      usage(events);
      return encode([...events, error])!;
    },
    /** The streamed answer's size when upstream reported no usage (undefined when it did). */
    unreported: () => (reported ? undefined : answerBytes),
  };
}

/** Where the pump writes: a web stream's controller or Node's HTTP response. */
export interface ProxySink {
  /** Returns false when the client lags: the pump pauses the upstream until `resume`. */
  write(bytes: Uint8Array): boolean;
  /** The answer is complete (`last` is its final bytes, if any). */
  close(last: Uint8Array | null): void;
}

export interface Pump {
  /** The client caught up. */
  resume(): void;
  /** The client went away: the upstream is dropped. */
  cancel(): void;
}

/**
 * Node's stream pushes chunks as the socket delivers them: each is translated inside its "data"
 * event and written at once as one write, with no read promise per chunk; the socket pauses while
 * the client lags. The idle check is one timer re-armed from the last chunk's time, not a new
 * timer per chunk; before the first chunk it waits `firstByteTimeoutMs`.
 */
export function pump(upstream: Readable, sink: ProxySink, onCancel: () => void, options: ProxyOptions): Pump {
  // Built on the first chunk: nothing before it needs the decoder, normaliser and content filter.
  let built: ReturnType<typeof translator> | undefined;
  const t = () => (built ??= translator(options));
  let over = false;
  let paused = false;
  let started = false;
  let lastData = performance.now();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let untrack: (() => void) | undefined;
  const finishOnce = (outcome: "done" | "aborted") => {
    over = true;
    clearTimeout(timer);
    untrack?.();
    // Nothing read at all (stopped before the first byte) still sent the prompt upstream.
    const unreported = built ? built.unreported() : 0;
    if (unreported !== undefined) options.onUsageUnknown?.(unreported);
    options.onEnd?.(outcome);
  };
  const close = (last: Uint8Array | null) => {
    if (over) return;
    finishOnce("done");
    sink.close(last);
  };
  // Server shutdown: what arrived, then the interrupted event (the translator's end says so).
  function onInterrupt() {
    if (over) return;
    onCancel();
    upstream.destroy();
    close(t().end(true));
  }
  const stop = (error: StreamEvent) => {
    if (over) return;
    onCancel();
    upstream.destroy();
    close(t().stop(error));
  };
  const wait = () => (started ? options.idleTimeoutMs : (options.firstByteTimeoutMs ?? options.idleTimeoutMs));
  function check() {
    const ms = wait()!;
    const quiet = performance.now() - lastData;
    // While the client lags the socket is paused on purpose: that silence is not upstream's.
    if (!paused && quiet >= ms) return stop(timedOut(started, options));
    timer = setTimeout(check, paused ? ms : ms - quiet);
  }
  if (wait()) timer = setTimeout(check, wait());
  upstream.on("data", (chunk: Uint8Array) => {
    if (over) return;
    lastData = performance.now();
    if (!started) {
      started = true;
      // The first-byte wait is over: from here the (usually shorter or longer) idle wait applies.
      clearTimeout(timer);
      if (options.idleTimeoutMs) timer = setTimeout(check, options.idleTimeoutMs);
    }
    let out: Uint8Array | null;
    try {
      out = t().feed(chunk);
    } catch (error) {
      if (!(error instanceof SseEventTooLarge)) throw error;
      return stop(tooLarge);
    }
    if (out && !sink.write(out)) {
      paused = true;
      upstream.pause();
    }
  });
  const finish = () => close(t().end());
  upstream.once("end", finish);
  // Without "end" first this is a dropped connection (or an error): the translator says so.
  upstream.once("close", () => {
    if (!(upstream as { complete?: boolean }).complete || upstream.readableEnded) finish();
  });
  upstream.on("error", () => {});
  if (upstream.readableEnded || upstream.destroyed) finish();
  if (!over) untrack = options.track?.(onInterrupt);
  return {
    resume() {
      if (over || !paused) return;
      paused = false;
      upstream.resume();
    },
    cancel() {
      if (over) return;
      finishOnce("aborted");
      onCancel();
      upstream.destroy();
    },
  };
}
