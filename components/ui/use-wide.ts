"use client";

import { useSyncExternalStore } from "react";

/** The width from which the history is a column beside the chat, not a drawer (Tailwind's `md`). */
const WIDE = "(min-width: 768px)";

function subscribe(changed: () => void): () => void {
  const query = matchMedia(WIDE);
  query.addEventListener("change", changed);
  return () => query.removeEventListener("change", changed);
}

/** Whether the window is wide; the server (and hydration) assume so, as the server's HTML does. */
export function useWide(): boolean {
  return useSyncExternalStore(subscribe, () => matchMedia(WIDE).matches, () => true);
}
