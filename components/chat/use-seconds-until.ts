"use client";

import { useEffect, useState } from "react";
import { nextWakeMs, secondsLeft } from "@/lib/chat/retry-wait";

/**
 * Whole seconds until `at` (an ISO time), counting down live from `countFrom` seconds (above it
 * the caller shows a clock time, and the page is not woken); 0 once it has passed.
 */
export function useSecondsUntil(at: string | undefined, countFrom?: number): number {
  const [now, setNow] = useState(() => Date.now());
  const left = secondsLeft(at, now);
  useEffect(() => {
    const wake = nextWakeMs(at, Date.now(), countFrom);
    if (wake === undefined) return;
    // setTimeout takes at most 2^31-1 ms (about 24 days); a longer wait wakes once on the way.
    const timer = setTimeout(() => setNow(Date.now()), Math.min(wake + 5, 2 ** 31 - 1));
    return () => clearTimeout(timer);
  }, [at, left, now, countFrom]);
  return left;
}
