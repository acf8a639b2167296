import { createParser, type EventSourceMessage } from "eventsource-parser";

/**
 * A real SSE parser (eventsource-parser): network reads do not align with events (a JSON payload
 * may be split anywhere, even inside a multi-byte character), lines may end in CRLF, and comment
 * lines appear. An event without its closing blank line at EOF is incomplete and dropped.
 */
export class SseDecoder {
  private queue: string[] = [];
  private decoder = new TextDecoder();
  private parser = createParser({ onEvent: (e: EventSourceMessage) => this.queue.push(e.data) });

  /** The data of every event completed by these bytes. */
  feed(bytes: Uint8Array): string[] {
    this.parser.feed(this.decoder.decode(bytes, { stream: true }));
    const out = this.queue;
    this.queue = [];
    return out;
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
