"use client";

import { overtakenByBudget } from "@/lib/chat/budget-spent";
import type { ChatMessage, MessageError as MessageErrorData } from "@/lib/chat/message";
import { budgetResetOf, laterOf, waitsUntil } from "@/lib/chat/retry-wait";
import { useChatStore } from "@/lib/store/chat-store";
import { MessageError } from "./message-error";
import { TooLargeCard } from "./too-large-card";
import { useBudgetSpentUntil } from "./use-budget-spent";
import { canContinue, ContinueButton } from "./versions/continue-button";

/**
 * An answer's card (its error, or how it ended) with Retry and, for an answer that can go on,
 * Continue. Both wait for the card's own moment (a Retry-After, a reset) and for the reset of a
 * daily budget spent in this chat, or heard of from any other (lib/store/budget-spent.ts): until
 * then any request would only be refused. Only answers with a card subscribe, so a long chat does
 * not scan its messages once per message. A "budget held" card the spent budget overtook reads as
 * the spent budget's card (`overtakenByBudget`): its button waits for the reset, so must its words.
 */
export function NoticeCard({ message, notice, onRetry }: { message: ChatMessage; notice: MessageErrorData; onRetry?: (id: string) => void }) {
  if (notice.code === "payload_too_large") return <TooLargeCard message={message} notice={notice} onRetry={onRetry} />;
  return <RetryCard message={message} notice={notice} onRetry={onRetry} />;
}

function RetryCard({ message, notice: own, onRetry }: { message: ChatMessage; notice: MessageErrorData; onRetry?: (id: string) => void }) {
  const budgetReset = useChatStore((s) => budgetResetOf(s.messages));
  const spent = useBudgetSpentUntil();
  const notice = overtakenByBudget(own, message.createdAt, laterOf(budgetReset, spent));
  const until = laterOf(laterOf(waitsUntil(notice), budgetReset), spent);
  const continuable = canContinue(message);
  return (
    <MessageError
      error={notice}
      until={until}
      onRetry={onRetry ? () => onRetry(message.id) : undefined}
      continueOffered={continuable}
      action={continuable ? <ContinueButton message={message} until={until} /> : undefined}
    />
  );
}
