import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createWriteQueue } from "./write-queue";
import { createWriteRetry, RETRY_FIRST_MS, RETRY_MAX_MS, type RetryEnvironment } from "./write-retry";

class Full extends Error {}
const isFull = (e: unknown) => e instanceof Full;

class FakeDocument extends EventTarget {
  visibilityState = "visible";
}

/**
 * The real write queue over a disk that is full until `disk.full` is false, with the retries wired
 * as lib/store/chat-store.ts wires them, on fake timers and plain event targets.
 */
function setup() {
  const disk = { full: true, writes: 0, stored: [] as string[] };
  const win = new EventTarget();
  const doc = new FakeDocument();
  const env: RetryEnvironment = { window: win, document: doc, setTimeout: (run, ms) => setTimeout(run, ms), clearTimeout: (h) => clearTimeout(h as ReturnType<typeof setTimeout>) };
  const shown = { warning: false };
  const queue = createWriteQueue(
    {
      onFull: () => {
        shown.warning = true;
        retry.full();
      },
      onDrained: () => {
        shown.warning = false;
        retry.drained();
      },
      onDropped: vi.fn(),
    },
    isFull,
  );
  const drain = vi.fn(() => queue.drain());
  const retry = createWriteRetry(drain, () => queue.size > 0, env);
  const put = (value: string) => async () => {
    disk.writes += 1;
    if (disk.full) throw new Full();
    disk.stored.push(value);
  };
  return { disk, win, doc, queue, drain, shown, put };
}

/** Lets the retry's promise chain settle (no timer moves). */
const flush = () => vi.advanceTimersByTimeAsync(0);

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe("waiting writes are retried by themselves", () => {
  it("sets no timer and tries nothing while writes land", async () => {
    const t = setup();
    t.disk.full = false;
    await t.queue.enqueue("msg:a", t.put("a"));
    expect(vi.getTimerCount()).toBe(0);
    await vi.advanceTimersByTimeAsync(RETRY_MAX_MS * 4);
    expect(t.drain).not.toHaveBeenCalled();
  });

  it("lands them on the backoff timer once space is back, and the warning goes", async () => {
    const t = setup();
    await t.queue.enqueue("msg:q", t.put("question"));
    await t.queue.enqueue("msg:a", t.put("answer"));
    expect(t.shown.warning).toBe(true);
    expect(vi.getTimerCount()).toBe(1);
    t.disk.full = false;
    await vi.advanceTimersByTimeAsync(RETRY_FIRST_MS - 1);
    expect(t.drain).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(t.disk.stored).toEqual(["question", "answer"]);
    expect(t.queue.size).toBe(0);
    expect(t.shown.warning).toBe(false);
    // Nothing waits: no timer left, and no listener (an event tries nothing).
    expect(vi.getTimerCount()).toBe(0);
    t.win.dispatchEvent(new Event("focus"));
    await flush();
    expect(t.drain).toHaveBeenCalledTimes(1);
  });

  it("backs off from 5 s doubling to 60 s while the disk stays full, one try at a time", async () => {
    const t = setup();
    await t.queue.enqueue("msg:q", t.put("question"));
    const tries: number[] = [];
    let last = 0;
    for (let i = 0; i < 7; i++) {
      const before = t.drain.mock.calls.length;
      let waited = 0;
      while (t.drain.mock.calls.length === before) {
        await vi.advanceTimersByTimeAsync(1000);
        waited += 1000;
      }
      tries.push(waited);
      expect(vi.getTimerCount()).toBe(1);
      last = waited;
    }
    expect(tries).toEqual([5000, 10000, 20000, 40000, 60000, 60000, 60000]);
    expect(last).toBe(RETRY_MAX_MS);
    // One write tried per retry, no loop between them.
    expect(t.disk.writes).toBe(1 + tries.length);
  });

  it("tries at once when the tab is shown again, gains focus or comes back online", async () => {
    const t = setup();
    await t.queue.enqueue("msg:q", t.put("question"));
    t.win.dispatchEvent(new Event("focus"));
    await flush();
    t.win.dispatchEvent(new Event("online"));
    await flush();
    expect(t.drain).toHaveBeenCalledTimes(2);
    // Hidden: nothing to gain from trying now.
    t.doc.visibilityState = "hidden";
    t.doc.dispatchEvent(new Event("visibilitychange"));
    await flush();
    expect(t.drain).toHaveBeenCalledTimes(2);
    t.disk.full = false;
    t.doc.visibilityState = "visible";
    t.doc.dispatchEvent(new Event("visibilitychange"));
    await flush();
    expect(t.drain).toHaveBeenCalledTimes(3);
    expect(t.disk.stored).toEqual(["question"]);
    expect(t.shown.warning).toBe(false);
    expect(vi.getTimerCount()).toBe(0);
  });

  it("starts no second try while one is running", async () => {
    const t = setup();
    await t.queue.enqueue("msg:q", t.put("question"));
    let release!: () => void;
    t.disk.full = false;
    // The next write hangs (another tab holds the database) until released.
    t.queue.enqueue("msg:q", () => new Promise<void>((resolve) => (release = () => resolve())));
    await flush();
    t.drain.mockClear();
    t.win.dispatchEvent(new Event("focus"));
    t.win.dispatchEvent(new Event("focus"));
    await vi.advanceTimersByTimeAsync(RETRY_MAX_MS * 3);
    expect(t.drain).toHaveBeenCalledTimes(1);
    release();
    await flush();
    expect(t.queue.size).toBe(0);
    expect(vi.getTimerCount()).toBe(0);
  });

  it("a write refused for another reason is dropped, not retried, and the retries stop", async () => {
    const t = setup();
    let broken = 0;
    await t.queue.enqueue("msg:q", t.put("question"));
    await t.queue.enqueue("conv:gone", async () => {
      broken += 1;
      throw new Error("its conversation was deleted in another tab");
    });
    t.disk.full = false;
    await vi.advanceTimersByTimeAsync(RETRY_FIRST_MS);
    expect(t.disk.stored).toEqual(["question"]);
    expect(broken).toBe(1);
    expect(t.queue.size).toBe(0);
    expect(vi.getTimerCount()).toBe(0);
    await vi.advanceTimersByTimeAsync(RETRY_MAX_MS * 2);
    expect(broken).toBe(1);
  });

  it("a new write while full keeps the backoff where it is", async () => {
    const t = setup();
    await t.queue.enqueue("msg:q", t.put("question"));
    await vi.advanceTimersByTimeAsync(RETRY_FIRST_MS); // first retry fails: next in 10 s
    await vi.advanceTimersByTimeAsync(4000);
    await t.queue.enqueue("msg:a", t.put("answer"));
    const calls = t.drain.mock.calls.length;
    await vi.advanceTimersByTimeAsync(5999);
    expect(t.drain.mock.calls.length).toBe(calls);
    await vi.advanceTimersByTimeAsync(1);
    expect(t.drain.mock.calls.length).toBe(calls + 1);
  });
});
