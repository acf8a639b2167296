"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import type { ChatMessage } from "@/lib/chat/message";
import { turnBusy, useChatStore } from "@/lib/store/chat-store";
import { focusComposerIfLost } from "../a11y/focus";

export { canContinue } from "@/lib/chat/continuable";

/**
 * The model continues the answer and the text is appended to it (lib/chat/continuable.ts says when).
 * It sits in the answer's error card, next to Retry, where the card's text names both, or beside
 * "Stopped" (`quiet`: nothing went wrong there).
 */
export function ContinueButton({ message, quiet = false }: { message: ChatMessage; quiet?: boolean }) {
  const t = useTranslations("versions");
  const busy = useChatStore(turnBusy);
  return (
    <Button size="sm" variant={quiet ? "secondary" : "danger-outline"} data-testid="continue-button" disabled={busy} onClick={() => {
        useChatStore.getState().continueAnswer(message.id);
        focusComposerIfLost();
      }} className="px-3 text-sm">
      {t("continue")}
    </Button>
  );
}
