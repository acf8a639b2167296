import { createParser, type EventSourceMessage } from "eventsource-parser";

/**
 * Reads a byte stream of Server-Sent Events and yields each event's data. A real SSE parser:
 * network reads do not align with events (a JSON payload may be split anywhere, even inside a
 * multi-byte character), lines may end in CRLF, and comment lines appear.
 */
export async function* readSseData(body: ReadableStream<Uint8Array>, signal?: AbortSignal): AsyncGenerator<string> {
  const queue: string[] = [];
  const parser = createParser({ onEvent: (e: EventSourceMessage) => queue.push(e.data) });
  const decoder = new TextDecoder();
  const reader = body.getReader();
  const onAbort = () => void reader.cancel().catch(() => {});
  signal?.addEventListener("abort", onAbort, { once: true });
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      parser.feed(decoder.decode(value, { stream: true }));
      while (queue.length) yield queue.shift()!;
    }
    // An event without its closing blank line at EOF is incomplete and, per the SSE spec, dropped.
  } finally {
    signal?.removeEventListener("abort", onAbort);
    reader.releaseLock();
  }
}
