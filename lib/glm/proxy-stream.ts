import { Readable } from "node:stream";
import { pump, type ProxyOptions } from "./proxy-pump";

export { SHUTDOWN_MESSAGE, type ProxyOptions } from "./proxy-pump";

/** A web stream (demo mode, tests) or Node's response straight off the socket (the real upstream). */
export type UpstreamBody = ReadableStream<Uint8Array> | Readable;

/** Node's HTTP response, as far as the proxy writes to it. */
export interface NodeResponseLike {
  write(chunk: Uint8Array): boolean;
  end(chunk?: Uint8Array): void;
  once(event: "drain" | "close", listener: () => void): unknown;
  on(event: "drain", listener: () => void): unknown;
  readonly writableFinished: boolean;
}

/**
 * A web upstream (demo mode) as a Node stream. Not `Readable.fromWeb`: a failed read there
 * destroys the stream and drops chunks already read; here it ends the stream after them, and the
 * translator reports the cut-off (no finish event arrived).
 */
function asNode(upstream: UpstreamBody): Readable {
  if (!(upstream instanceof ReadableStream)) return upstream;
  const reader = upstream.getReader();
  return new Readable({
    read() {
      reader.read().then(
        ({ done, value }) => void this.push(done ? null : value),
        () => void this.push(null),
      );
    },
    destroy(error, callback) {
      reader.cancel().catch(() => {});
      callback(error);
    },
  });
}

/**
 * The proxy's stream for a Next.js route: each upstream read is parsed, normalised and re-encoded
 * at once, and everything it completed is enqueued as one chunk, so events are flushed as their
 * chunk arrives with no per-event async overhead.
 */
export function proxyStream(upstream: UpstreamBody, onCancel: () => void, options: ProxyOptions = {}): ReadableStream<Uint8Array> {
  let running: ReturnType<typeof pump> | undefined;
  return new ReadableStream<Uint8Array>(
    {
      start(controller) {
        running = pump(asNode(upstream), {
          write(bytes) {
            controller.enqueue(bytes);
            return (controller.desiredSize ?? 1) > 0;
          },
          close(last) {
            if (last) controller.enqueue(last);
            controller.close();
          },
        }, onCancel, options);
      },
      pull: () => running?.resume(),
      cancel: () => running?.cancel(),
    },
    { highWaterMark: 8 },
  );
}

/**
 * The same answer written straight to Node's HTTP response (the chat fast path): one write per
 * upstream chunk, no web stream in between; the upstream pauses while the client's socket is full.
 */
export function proxyToNode(upstream: UpstreamBody, res: NodeResponseLike, onCancel: () => void, options: ProxyOptions = {}): void {
  const running = pump(asNode(upstream), {
    write: (bytes) => res.write(bytes),
    close: (last) => (last ? res.end(last) : res.end()),
  }, onCancel, options);
  res.on("drain", () => running.resume());
  // Closed before the answer was written out: the client went away.
  res.once("close", () => {
    if (!res.writableFinished) running.cancel();
  });
}
