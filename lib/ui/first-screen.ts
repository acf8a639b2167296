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
