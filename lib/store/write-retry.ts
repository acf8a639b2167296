/**
 * Tries the writes waiting for space again by itself. Before, only a new write or the "Try saving
 * again" button drained the queue: space freed elsewhere (files deleted, another site cleared)
 * left the writes in memory until a crash or a closed laptop lost them. Armed only while writes
 * wait (a page whose writes land sets no timer and no listener): a retry when the tab is shown
 * again, gains focus or comes back online, and one on a timer that backs off (5 s doubling to
 * 60 s), so a disk that stays full costs a failed write a minute, never a loop.
 */

export const RETRY_FIRST_MS = 5_000;
export const RETRY_MAX_MS = 60_000;

/** The browser as far as the retries listen to it (window and document; plain targets in tests). */
export interface RetryEnvironment {
  window: Pick<EventTarget, "addEventListener" | "removeEventListener">;
  document: Pick<EventTarget, "addEventListener" | "removeEventListener"> & { readonly visibilityState: string };
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export interface WriteRetry {
  /** A write was refused for quota: arm the retries if they are not armed yet. */
  full(): void;
  /** Every waiting write landed (or was dropped): stop listening, forget the backoff. */
  drained(): void;
}

/**
 * `retry` drains the queue (it reports through `full` / `drained` itself); `waiting` says whether
 * writes still wait once it has settled.
 */
export function createWriteRetry(retry: () => Promise<void>, waiting: () => boolean, env: RetryEnvironment): WriteRetry {
  let armed = false;
  let delay = RETRY_FIRST_MS;
  let timer: unknown = null;
  let inFlight = false;

  function schedule() {
    if (!armed || timer !== null || inFlight) return;
    timer = env.setTimeout(() => {
      timer = null;
      // Still full after its turn: wait longer next time, up to the cap.
      attempt(() => (delay = Math.min(delay * 2, RETRY_MAX_MS)));
    }, delay);
  }

  function attempt(failed?: () => void) {
    if (!armed || inFlight) return;
    if (timer !== null) {
      env.clearTimeout(timer);
      timer = null;
    }
    inFlight = true;
    void retry()
      .catch(() => undefined)
      .finally(() => {
        inFlight = false;
        if (!armed) return;
        if (!waiting()) return disarm();
        failed?.();
        schedule();
      });
  }

  // The user or the network came back: the likeliest moments for space to have been freed.
  const onEvent = () => attempt();
  const onVisibility = () => {
    if (env.document.visibilityState === "visible") attempt();
  };

  function disarm() {
    if (!armed) return;
    armed = false;
    delay = RETRY_FIRST_MS;
    if (timer !== null) env.clearTimeout(timer);
    timer = null;
    env.window.removeEventListener("focus", onEvent);
    env.window.removeEventListener("online", onEvent);
    env.document.removeEventListener("visibilitychange", onVisibility);
  }

  return {
    full() {
      if (!armed) {
        armed = true;
        env.window.addEventListener("focus", onEvent);
        env.window.addEventListener("online", onEvent);
        env.document.addEventListener("visibilitychange", onVisibility);
      }
      schedule();
    },
    drained: disarm,
  };
}

/** The page's own window, document and timers. */
export function browserRetryEnvironment(): RetryEnvironment {
  return {
    window,
    document,
    setTimeout: (run, ms) => window.setTimeout(run, ms),
    clearTimeout: (handle) => window.clearTimeout(handle as number),
  };
}
