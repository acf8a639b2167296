"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import type { ChatMessage } from "@/lib/chat/message";
import { laterOf } from "@/lib/chat/retry-wait";
import { turnBusy, useChatStore } from "@/lib/store/chat-store";
import { focusComposerIfLost } from "../a11y/focus";
import { useAskBlocked } from "../use-ask-blocked";
import { useBudgetSpent } from "../use-budget-spent";
import { useWaitLabel } from "../use-wait-label";

export { canContinue } from "@/lib/chat/continuable";

/**
 * The model continues the answer and the text is appended to it (lib/chat/continuable.ts says when).
 * It sits in the answer's error card, next to Retry, where the card's text names both, or beside
 * "Stopped" (`quiet`: nothing went wrong there). `until`: the card's wait (a spent daily budget's
 * reset, lib/chat/retry-wait.ts `waitsUntil`), shown as Retry beside it shows it. A spent daily
 * budget (lib/store/budget-spent.ts), or no connection, holds every Continue, a "Stopped" one too, saying why in its title.
 */
export function ContinueButton({ message, quiet = false, until }: { message: ChatMessage; quiet?: boolean; until?: string }) {
  const t = useTranslations("versions");
  const busy = useChatStore(turnBusy);
  const budget = useBudgetSpent();
  // Offline too it waits, saying why (use-ask-blocked.ts): a press made a failed attempt.
  const blocked = useAskBlocked();
  const wait = useWaitLabel(laterOf(until, budget.until), { now: t("continue"), at: (time) => t("continueAt", { time }), in: (seconds) => t("continueIn", { seconds }) });
  return (
    <Button size="sm" variant={quiet ? "secondary" : "danger-outline"} data-testid="continue-button" disabled={busy || wait.waiting || !!blocked} title={blocked} onClick={() => {
        useChatStore.getState().continueAnswer(message.id);
        focusComposerIfLost();
      }} className="px-3 text-sm">
      {wait.label}
    </Button>
  );
}
