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
