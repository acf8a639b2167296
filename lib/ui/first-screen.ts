"use client";

import { useEffect, useState } from "react";

/**
 * "The first screen is shown." Code a page does not need for it (menus, tooltips, the message
 * view of a new chat) is fetched after it, when the browser is idle, so its download and compile
 * do not compete with the first reads and render. Only a page that claims the signal (the chat
 * page, which marks it once the history list and the addressed conversation are read) holds such
 * code back; anywhere else it loads at the next idle moment.
 */
let claimed = false;
let shown = false;
let ready: Promise<void> | null = null;
let release: (() => void) | null = null;

function idle(then: () => void): void {
  const request = (globalThis as { requestIdleCallback?: (cb: () => void, o?: { timeout: number }) => number }).requestIdleCallback;
  if (request) request(then, { timeout: 1000 });
  else setTimeout(then, 50);
}

/** Called by the chat page as its scripts run: hold deferred code until markFirstScreenShown. */
export function claimFirstScreen(): void {
  claimed = true;
  listenForReach();
}

export function markFirstScreenShown(): void {
  if (shown) return;
  shown = true;
  release?.();
  if (painted?.status === "pending") afterPaint();
}

/** A promise React's `use()` reads synchronously once settled (it checks `status`). */
type Tracked = Promise<void> & { status: "pending" | "fulfilled"; value?: undefined };
let painted: Tracked | null = null;
let settlePainted: () => void = () => {};
let reached = false;
let fallback: ReturnType<typeof setTimeout> | undefined;
/** Past this, a start whose reads never finish (IndexedDB blocked by another tab) stops holding regions back. */
export const PAINTED_FALLBACK_MS = 3000;
/** A frame that does not come this soon (a hidden or starved page) is not waited for. */
const FRAME_WAIT_MS = 250;
// Not focus: the composer takes it by itself as it hydrates. A click covers a screen reader's
// activation, which comes without a press.
const REACHING = ["pointerdown", "keydown", "click"] as const;

/**
 * Someone reaching for a held region does not wait for it: React drops an event on HTML it
 * cannot hydrate on the spot. Listening on the window, in capture, runs before React's own
 * listener, and settles the promise synchronously, so React's hydration attempt for that very
 * event succeeds.
 */
function listenForReach(): void {
  if (typeof window === "undefined" || reached) return;
  for (const type of REACHING) window.addEventListener(type, reach, true);
}

function reach(): void {
  reached = true;
  for (const type of REACHING) window.removeEventListener(type, reach, true);
  settlePainted();
}

/** The first screen is painted once a frame has rendered it; not waited for on a hidden page. */
function afterPaint(): void {
  const frame = (globalThis as { requestAnimationFrame?: (cb: () => void) => number }).requestAnimationFrame;
  if (!frame || (typeof document !== "undefined" && document.visibilityState === "hidden")) return settlePainted();
  // A task after the next frame: that frame has painted the first screen.
  frame(() => setTimeout(settlePainted, 0));
  setTimeout(settlePainted, FRAME_WAIT_MS);
}

/**
 * Resolves once the first screen is on screen: the frame after it was shown (no idle wait: what
 * waits for this is visible). At once where nothing claimed the signal or the user has reached
 * for the page, and at the latest PAINTED_FALLBACK_MS after it was first asked for.
 */
export function afterFirstScreenPainted(): Promise<void> {
  if (painted) return painted;
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r)) as Tracked;
  promise.status = "pending";
  painted = promise;
  settlePainted = () => {
    if (promise.status === "fulfilled") return;
    promise.status = "fulfilled";
    clearTimeout(fallback);
    resolve();
  };
  if (!claimed || reached) settlePainted();
  else {
    fallback = setTimeout(settlePainted, PAINTED_FALLBACK_MS);
    if (shown) afterPaint();
  }
  return promise;
}

/** Resolves at the first idle moment after the first screen (or at once where nothing claimed it). */
export function afterFirstScreen(): Promise<void> {
  ready ??= new Promise<void>((resolve) => {
    // After the paint too: the server info arriving (a context above the history column) must not
    // reach that column while its hydration is still held (React would drop its server HTML).
    release = () => void afterFirstScreenPainted().then(() => idle(resolve));
    if (shown || !claimed) release();
  });
  return ready;
}

/** False until afterFirstScreen has resolved (false during hydration, like the server render). */
export function useAfterFirstScreen(): boolean {
  const [done, setDone] = useState(false);
  useEffect(() => {
    let live = true;
    void afterFirstScreen().then(() => live && setDone(true));
    return () => {
      live = false;
    };
  }, []);
  return done;
}
