import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

type Mod = typeof import("./first-screen");
let m: Mod;

beforeEach(async () => {
  vi.resetModules();
  vi.useFakeTimers();
  m = await import("./first-screen");
});

afterEach(() => {
  vi.useRealTimers();
});

/** Runs every pending timer (the idle fallback) and reports whether the promise has resolved. */
async function resolved(p: Promise<void>): Promise<boolean> {
  let done = false;
  void p.then(() => (done = true));
  await vi.runAllTimersAsync();
  return done;
}

describe("first screen", () => {
  it("releases deferred code at the next idle moment on a page that did not claim the signal", async () => {
    expect(await resolved(m.afterFirstScreen())).toBe(true);
  });

  it("holds deferred code on the chat page until the first screen is shown", async () => {
    m.claimFirstScreen();
    const waiting = m.afterFirstScreen();
    expect(await resolved(waiting)).toBe(false);
    m.markFirstScreenShown();
    expect(await resolved(waiting)).toBe(true);
  });

  it("releases a region held for the first paint a frame after the first screen is shown, not at idle", async () => {
    m.claimFirstScreen();
    const frames: Array<() => void> = [];
    vi.stubGlobal("requestAnimationFrame", (cb: () => void) => frames.push(cb));
    const painted = m.afterFirstScreenPainted();
    let done = false;
    void painted.then(() => (done = true));
    await vi.advanceTimersByTimeAsync(m.PAINTED_FALLBACK_MS - 1);
    expect(done).toBe(false);
    m.markFirstScreenShown();
    await vi.advanceTimersByTimeAsync(0);
    expect(done).toBe(false);
    frames.splice(0).forEach((f) => f());
    await vi.advanceTimersByTimeAsync(0);
    expect(done).toBe(true);
    vi.unstubAllGlobals();
  });

  it("stops holding the region if the first screen never comes (reads blocked)", async () => {
    m.claimFirstScreen();
    const painted = m.afterFirstScreenPainted();
    let done = false;
    void painted.then(() => (done = true));
    await vi.advanceTimersByTimeAsync(m.PAINTED_FALLBACK_MS);
    expect(done).toBe(true);
  });

  it("does not hold a region on a page that did not claim the signal", async () => {
    expect(await resolved(m.afterFirstScreenPainted())).toBe(true);
  });

  it("lets a held region hydrate at once when the user presses on the page before the first screen", async () => {
    const target = new EventTarget();
    vi.stubGlobal("document", target);
    m.claimFirstScreen();
    let done = false;
    void m.afterFirstScreenPainted().then(() => (done = true));
    await vi.advanceTimersByTimeAsync(10);
    expect(done).toBe(false);
    target.dispatchEvent(new Event("pointerdown"));
    await vi.advanceTimersByTimeAsync(0);
    expect(done).toBe(true);
    vi.unstubAllGlobals();
  });
});
