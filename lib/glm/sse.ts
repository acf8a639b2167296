import { createParser, type EventSourceMessage } from "eventsource-parser";

/**
 * A real SSE parser (eventsource-parser): network reads do not align with events (a JSON payload
 * may be split anywhere, even inside a multi-byte character), lines may end in CRLF, and comment
 * lines appear. An event without its closing blank line at EOF is incomplete and dropped.
 */
export class SseDecoder {
  private queue: string[] = [];
  private decoder = new TextDecoder();
  /** Characters fed since an event or comment last completed: what the parser may be holding. */
  private pending = 0;
  private parser = createParser({
    onEvent: (e: EventSourceMessage) => this.queue.push(e.data),
    onComment: () => (this.pending = 0),
  });

  private clean = true;

  /** `maxEventChars` bounds one event: the parser would otherwise buffer an endless line. */
  constructor(private readonly maxEventChars = Infinity) {}

  /**
   * Nothing is held: the last read ended with a blank line (so no partial line, event or UTF-8
   * sequence is pending). The next read may then be split by the fast lane (lib/glm/fast-lane.ts).
   */
  get idle(): boolean {
    return this.clean;
  }

  /** The fast lane read these bytes instead: whole events, so nothing is held afterwards either. */
  skip(): void {
    this.pending = 0;
  }

  /** The data of every event completed by these bytes. */
  feed(bytes: Uint8Array): string[] {
    const n = bytes.length;
    this.clean = n >= 2 && bytes[n - 1] === 0x0a && bytes[n - 2] === 0x0a;
    const text = this.decoder.decode(bytes, { stream: true });
    this.parser.feed(text);
    // An event completed: what is left over is at most this read, so the count restarts. The cap
    // is therefore exact to within one network read.
    if (this.queue.length) this.pending = 0;
    else if ((this.pending += text.length) > this.maxEventChars) throw new SseEventTooLarge(this.maxEventChars);
    const out = this.queue;
    this.queue = [];
    return out;
  }
}

export class SseEventTooLarge extends Error {
  constructor(readonly limit: number) {
    super(`An upstream event exceeded ${limit} characters`);
  }
}

export async function* readSseData(body: ReadableStream<Uint8Array>, signal?: AbortSignal): AsyncGenerator<string> {
  const sse = new SseDecoder();
  const reader = body.getReader();
  const onAbort = () => void reader.cancel().catch(() => {});
  signal?.addEventListener("abort", onAbort, { once: true });
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      yield* sse.feed(value);
    }
  } finally {
    signal?.removeEventListener("abort", onAbort);
    reader.releaseLock();
  }
}
