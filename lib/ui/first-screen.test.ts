import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

type Mod = typeof import("./first-screen");
type Tracked = Promise<void> & { status: string };
let m: Mod;

beforeEach(async () => {
  vi.resetModules();
  vi.useFakeTimers();
  m = await import("./first-screen");
});

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

/** Runs every pending timer (the idle fallback) and reports whether the promise has resolved. */
async function resolved(p: Promise<void>): Promise<boolean> {
  let done = false;
  void p.then(() => (done = true));
  await vi.runAllTimersAsync();
  return done;
}

/** Frames run only when the test says so. */
function holdFrames(): Array<() => void> {
  const frames: Array<() => void> = [];
  vi.stubGlobal("requestAnimationFrame", (cb: () => void) => frames.push(cb));
  return frames;
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

describe("a region held until the first screen has painted", () => {
  it("is released a frame after the first screen is shown, not at idle", async () => {
    const frames = holdFrames();
    m.claimFirstScreen();
    const painted = m.afterFirstScreenPainted() as Tracked;
    await vi.advanceTimersByTimeAsync(m.PAINTED_FALLBACK_MS - 1);
    expect(painted.status).toBe("pending");
    m.markFirstScreenShown();
    await vi.advanceTimersByTimeAsync(0);
    expect(painted.status).toBe("pending");
    frames.splice(0).forEach((f) => f());
    await vi.advanceTimersByTimeAsync(0);
    expect(painted.status).toBe("fulfilled");
  });

  it("is not held by a frame that does not come (a starved page), nor at all on a hidden one", async () => {
    holdFrames();
    m.claimFirstScreen();
    const painted = m.afterFirstScreenPainted() as Tracked;
    m.markFirstScreenShown();
    await vi.advanceTimersByTimeAsync(249);
    expect(painted.status).toBe("pending");
    await vi.advanceTimersByTimeAsync(1);
    expect(painted.status).toBe("fulfilled");

    vi.resetModules();
    m = await import("./first-screen");
    vi.stubGlobal("document", { visibilityState: "hidden" });
    m.claimFirstScreen();
    const hidden = m.afterFirstScreenPainted() as Tracked;
    m.markFirstScreenShown();
    expect(hidden.status).toBe("fulfilled");
  });

  it("is released within the very press or key that reaches for the page, synchronously", () => {
    const page = new EventTarget();
    vi.stubGlobal("window", page);
    m.claimFirstScreen();
    const painted = m.afterFirstScreenPainted() as Tracked;
    expect(painted.status).toBe("pending");
    // React reads `status` in its hydration attempt for this same event: it must be settled now.
    page.dispatchEvent(new Event("pointerdown"));
    expect(painted.status).toBe("fulfilled");
  });

  it("is not held when the user reached for the page before anything asked", () => {
    const page = new EventTarget();
    vi.stubGlobal("window", page);
    m.claimFirstScreen();
    page.dispatchEvent(new Event("keydown"));
    expect((m.afterFirstScreenPainted() as Tracked).status).toBe("fulfilled");
  });

  it("stops holding if the first screen never comes (reads blocked)", async () => {
    m.claimFirstScreen();
    const painted = m.afterFirstScreenPainted() as Tracked;
    await vi.advanceTimersByTimeAsync(m.PAINTED_FALLBACK_MS - 1);
    expect(painted.status).toBe("pending");
    await vi.advanceTimersByTimeAsync(1);
    expect(painted.status).toBe("fulfilled");
  });

  it("is not held on a page that did not claim the signal", () => {
    expect((m.afterFirstScreenPainted() as Tracked).status).toBe("fulfilled");
  });

  it("comes before the deferred code (the server info must not reach a held region)", async () => {
    const frames = holdFrames();
    m.claimFirstScreen();
    const painted = m.afterFirstScreenPainted() as Tracked;
    let later = false;
    void m.afterFirstScreen().then(() => (later = true));
    m.markFirstScreenShown();
    await vi.advanceTimersByTimeAsync(200);
    expect(painted.status).toBe("pending");
    expect(later).toBe(false);
    frames.splice(0).forEach((f) => f());
    await vi.advanceTimersByTimeAsync(0);
    expect(painted.status).toBe("fulfilled");
    await vi.runAllTimersAsync();
    expect(later).toBe(true);
  });
});
