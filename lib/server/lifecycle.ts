/**
 * The process lifecycle: chat streams in flight and the drain on SIGTERM. A draining process takes
 * no new chat requests and reports itself not ready; running answers get a grace period to
 * finish, then are ended with an `interrupted` event the client offers to Continue.
 */

export interface DrainResult {
  /** Streams running when the drain began. */
  running: number;
  /** Streams still running at the end of the grace period, ended as interrupted. */
  interrupted: number;
}

export interface Lifecycle {
  isDraining(): boolean;
  liveStreams(): number;
  /** Registers a running stream; `interrupt` ends it early. Returns the release to call when it ends. */
  track(interrupt: () => void): () => void;
  drain(graceMs: number): Promise<DrainResult>;
}

export function createLifecycle(): Lifecycle {
  let draining = false;
  let graceOver = false;
  let drained: Promise<DrainResult> | undefined;
  const streams = new Set<() => void>();
  let idleWaiters: Array<() => void> = [];

  const whenIdle = () =>
    streams.size === 0 ? Promise.resolve() : new Promise<void>((resolve) => idleWaiters.push(resolve));

  return {
    isDraining: () => draining,
    liveStreams: () => streams.size,
    track(interrupt) {
      // A distinct entry per call, even for the same function.
      const entry = () => interrupt();
      streams.add(entry);
      // Opened after the grace period ran out (its upstream was still connecting): end it too.
      if (graceOver) queueMicrotask(entry);
      return () => {
        if (!streams.delete(entry) || streams.size > 0) return;
        const waiters = idleWaiters;
        idleWaiters = [];
        for (const w of waiters) w();
      };
    },
    drain(graceMs) {
      drained ??= (async () => {
        draining = true;
        const running = streams.size;
        let timer: ReturnType<typeof setTimeout> | undefined;
        const graceTimer = new Promise<"grace">((resolve) => (timer = setTimeout(() => resolve("grace"), graceMs)));
        const outcome = await Promise.race([whenIdle().then(() => "idle" as const), graceTimer]);
        clearTimeout(timer);
        if (outcome === "idle") return { running, interrupted: 0 };
        graceOver = true;
        const left = [...streams];
        for (const interrupt of left) interrupt();
        return { running, interrupted: left.length };
      })();
      return drained;
    },
  };
}

// On globalThis: instrumentation and each route bundle may get their own copy of this module.
const holder = globalThis as { __glmLifecycle?: Lifecycle };

/** The process-wide lifecycle. */
export function lifecycle(): Lifecycle {
  holder.__glmLifecycle ??= createLifecycle();
  return holder.__glmLifecycle;
}
