"use client";

import { useTranslations } from "next-intl";
import { useSyncExternalStore } from "react";
import { useResetTime } from "@/components/ui/use-error-text";
import { budgetSpentUntil, subscribeBudget } from "@/lib/store/budget-spent";

/** The server's page knows nothing of this browser's budget: hydration starts open. */
const noneOnServer = () => undefined;

/** When the spent daily budget resets (ISO time), live: undefined while it is not known to be spent. */
export function useBudgetSpentUntil(): string | undefined {
  return useSyncExternalStore(subscribeBudget, budgetSpentUntil, noneOnServer);
}

/**
 * The spent daily budget (lib/store/budget-spent.ts) for a control that would send: `until`, and
 * `reason`, the one line saying so and when sending works again, for the composer's note and the
 * title of every button that waits. Both undefined while nothing is known to be spent.
 */
export function useBudgetSpent(): { until?: string; reason?: string } {
  const until = useBudgetSpentUntil();
  const t = useTranslations("chat");
  const resetTime = useResetTime();
  const reset = until ? resetTime(until) : null;
  if (!until || !reset) return {};
  return { until, reason: reset.date === undefined ? t("budgetSpent", { time: reset.time }) : t("budgetSpentOn", { time: reset.time, date: reset.date }) };
}
