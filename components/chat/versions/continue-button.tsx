"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import type { ChatMessage } from "@/lib/chat/message";
import { useChatStore } from "@/lib/store/chat-store";

export { canContinue } from "@/lib/chat/continuable";

/** The model continues the answer and the text is appended to it (lib/chat/continuable.ts says when). */
export function ContinueButton({ message }: { message: ChatMessage }) {
  const t = useTranslations("versions");
  const busy = useChatStore((s) => s.streamingId !== null);
  return (
    <Button size="sm" variant="secondary" data-testid="continue-button" disabled={busy} onClick={() => useChatStore.getState().continueAnswer(message.id)}>
      {t("continue")}
    </Button>
  );
}
