"use client";

import { useFormatter, useLocale } from "next-intl";
import { clockTimeOptions } from "@/lib/ui/clock-time";
import { useSecondsUntil } from "./use-seconds-until";

/** Above this many seconds a waiting button shows the clock time it will work at, not a count. */
const COUNT_FROM = 99;

/** A button's words: its own, at a clock time, in a count of seconds. */
export interface WaitWords {
  now: string;
  at: (time: string) => string;
  in: (seconds: number) => string;
}

/**
 * A card's button that works from `until` (ISO time, `waitsUntil` in lib/chat/retry-wait.ts):
 * whether it still waits, and its label: the clock time, then a count for the last COUNT_FROM
 * seconds, then its own word. Retry and Continue on one card wait alike.
 */
export function useWaitLabel(until: string | undefined, words: WaitWords): { waiting: boolean; label: string } {
  const format = useFormatter();
  const clock = clockTimeOptions(useLocale());
  const wait = useSecondsUntil(until, COUNT_FROM);
  const label = wait > COUNT_FROM ? words.at(format.dateTime(new Date(until!), clock)) : wait > 0 ? words.in(wait) : words.now;
  return { waiting: wait > 0, label };
}
