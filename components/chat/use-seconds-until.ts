"use client";

import { useEffect, useState } from "react";
import { secondsLeft } from "@/lib/chat/retry-wait";

/** Whole seconds until `at` (an ISO time), counting down live; 0 once it has passed. */
export function useSecondsUntil(at: string | undefined): number {
  const [now, setNow] = useState(() => Date.now());
  const left = secondsLeft(at, now);
  useEffect(() => {
    if (!at || left <= 0) return;
    // Wake when the shown number changes, not on a fixed tick that drifts against it.
    const untilNextSecond = (Date.parse(at) - Date.now()) % 1000 || 1000;
    const timer = setTimeout(() => setNow(Date.now()), untilNextSecond + 5);
    return () => clearTimeout(timer);
  }, [at, left, now]);
  return left;
}
