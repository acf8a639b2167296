/**
 * Chat requests running in this process. A cap keeps one client (or a stampede) from holding
 * every socket and all memory; the slot is released exactly once, however the stream ends.
 */
const counter = ((globalThis as { __glmInFlight?: { n: number } }).__glmInFlight ??= { n: 0 });

export function tryAcquire(max: number): (() => void) | undefined {
  if (counter.n >= max) return undefined;
  counter.n++;
  let released = false;
  return () => {
    if (released) return;
    released = true;
    counter.n--;
  };
}

export function inFlight(): number {
  return counter.n;
}

/** Passes a stream through, calling `done` once when it ends, fails or is cancelled. */
export function onStreamEnd(stream: ReadableStream<Uint8Array>, done: () => void): ReadableStream<Uint8Array> {
  const reader = stream.getReader();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const { done: end, value } = await reader.read();
        if (end) {
          done();
          controller.close();
        } else controller.enqueue(value);
      } catch (error) {
        done();
        controller.error(error);
      }
    },
    cancel(reason) {
      done();
      return reader.cancel(reason);
    },
  });
}
