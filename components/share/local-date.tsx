"use client";

import { useSyncExternalStore } from "react";
import { longDate } from "@/lib/i18n/long-date";

// A time zone does not change under a page: nothing to subscribe to.
const subscribe = () => () => {};

/**
 * A day on the shared page, in the reader's own time zone. The page is rendered on the server,
 * which cannot know that zone: the HTML says the UTC day (what a reader without JavaScript keeps),
 * and hydration writes the reader's day in its place, in the same format, so nothing moves.
 */
export function LocalDate({ ms, locale, testId }: { ms: number; locale: string; testId?: string }) {
  const text = useSyncExternalStore(
    subscribe,
    () => longDate(ms, locale, undefined),
    () => longDate(ms, locale, "UTC"),
  );
  return (
    <time data-testid={testId} dateTime={new Date(ms).toISOString()}>
      {text}
    </time>
  );
}
