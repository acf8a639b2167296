"use client";

import { useTranslations } from "next-intl";
import { useOnline } from "@/components/ui/use-online";
import { useBudgetSpent } from "./use-budget-spent";

/**
 * Why a control that asks the model again (Regenerate, Continue, Retry in the actions and in the
 * error card, an edit's Save & send, the GUI agent's Retry step and Redo) waits, for its title: the spent daily budget, or no connection. Offline, such a press made a new
 * version that only said "offline" and put the good answer (or the question as it was) behind it.
 * The composer's Send is not held: offline it keeps the message and offers Retry.
 */
export function useAskBlocked(): string | undefined {
  const { reason: spent } = useBudgetSpent();
  const online = useOnline();
  const t = useTranslations("offline");
  return spent ?? (online ? undefined : t("needsConnection"));
}
