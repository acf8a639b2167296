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
}

export function markFirstScreenShown(): void {
  if (shown) return;
  shown = true;
  release?.();
  for (const then of whenShown.splice(0)) then();
}

const whenShown: Array<() => void> = [];
let painted: Promise<void> | null = null;
// Not focus: the composer takes it by itself as it hydrates.
const REACHING = ["pointerdown", "keydown"] as const;
/** Past this, a start whose reads never finish (IndexedDB blocked by another tab) stops holding regions back. */
export const PAINTED_FALLBACK_MS = 3000;

/**
 * Resolves once the first screen is on screen: the frame after it was shown (no idle wait: what
 * waits for this is visible), at once where nothing claimed the signal or the user reaches for
 * the page, and at the latest PAINTED_FALLBACK_MS after it was first asked for.
 */
export function afterFirstScreenPainted(): Promise<void> {
  painted ??= new Promise<void>((resolve) => {
    const reaching = typeof document === "undefined" ? undefined : document;
    const done = () => {
      clearTimeout(fallback);
      for (const type of REACHING) reaching?.removeEventListener(type, done, true);
      resolve();
    };
    const fallback = setTimeout(done, PAINTED_FALLBACK_MS);
    const afterPaint = () => {
      const frame = (globalThis as { requestAnimationFrame?: (cb: () => void) => number }).requestAnimationFrame;
      // A task after the next frame: that frame has painted the first screen.
      if (frame) frame(() => setTimeout(done, 0));
      else setTimeout(done, 0);
    };
    if (shown || !claimed) return afterPaint();
    whenShown.push(afterPaint);
    // Someone reaching for a held region does not wait for it: a click on HTML React has not
    // hydrated yet is lost, so the first press or key lets everything held hydrate at once.
    for (const type of REACHING) reaching?.addEventListener(type, done, true);
  });
  return painted;
}

/** Resolves at the first idle moment after the first screen (or at once where nothing claimed it). */
export function afterFirstScreen(): Promise<void> {
  ready ??= new Promise<void>((resolve) => {
    release = () => idle(resolve);
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
