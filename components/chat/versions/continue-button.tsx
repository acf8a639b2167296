"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import type { ChatMessage } from "@/lib/chat/message";
import { useChatStore } from "@/lib/store/chat-store";

/** An answer the token cap cut off can go on: the model continues and the text is appended to it. */
export function canContinue(message: ChatMessage): boolean {
  return message.role === "assistant" && message.status === "done" && message.finishReason === "length" && !!message.content.trim();
}

export function ContinueButton({ message }: { message: ChatMessage }) {
  const t = useTranslations("versions");
  const busy = useChatStore((s) => s.streamingId !== null);
  return (
    <Button size="sm" variant="secondary" data-testid="continue-button" disabled={busy} onClick={() => useChatStore.getState().continueAnswer(message.id)}>
      {t("continue")}
    </Button>
  );
}
