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
});
