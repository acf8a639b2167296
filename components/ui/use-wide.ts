"use client";

import { useSyncExternalStore } from "react";
import { WIDE_QUERY } from "@/lib/ui/wide";

function subscribe(changed: () => void): () => void {
  const query = matchMedia(WIDE_QUERY);
  query.addEventListener("change", changed);
  return () => query.removeEventListener("change", changed);
}

/** Whether the window is wide; the server (and hydration) assume so, as the server's HTML does. */
export function useWide(): boolean {
  return useSyncExternalStore(subscribe, () => matchMedia(WIDE_QUERY).matches, () => true);
}
