"use client";

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
 * not scan its messages once per message.
 */
export function NoticeCard({ message, notice, onRetry }: { message: ChatMessage; notice: MessageErrorData; onRetry?: (id: string) => void }) {
  if (notice.code === "payload_too_large") return <TooLargeCard message={message} notice={notice} onRetry={onRetry} />;
  return <RetryCard message={message} notice={notice} onRetry={onRetry} />;
}

function RetryCard({ message, notice, onRetry }: { message: ChatMessage; notice: MessageErrorData; onRetry?: (id: string) => void }) {
  const budgetReset = useChatStore((s) => budgetResetOf(s.messages));
  const spent = useBudgetSpentUntil();
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
