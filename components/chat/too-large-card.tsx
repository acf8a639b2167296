"use client";

import { useTranslations } from "next-intl";
import type { ChatMessage, MessageError as MessageErrorData } from "@/lib/chat/message";
import { tooLargeCauseOf } from "@/lib/chat/too-large-cause";
import { useServerInfo } from "@/lib/chat/use-server-info";
import { useChatStore } from "@/lib/store/chat-store";
import { Button } from "@/components/ui/button";
import { MessageError } from "./message-error";
import { useAskBlocked } from "./use-ask-blocked";

/**
 * The card of an answer refused as too large (413 `payload_too_large`). Media travel as base64,
 * so a chat's earlier images and videos, sent again with every question, can outgrow the body
 * limit by themselves: then the card says so and sends the question without them (the chat's
 * `dropOldImages`, kept for its later questions, which would be refused the same way). No Retry:
 * the same request can only be refused again.
 */
export function TooLargeCard({ message, notice, onRetry }: { message: ChatMessage; notice: MessageErrorData; onRetry?: (id: string) => void }) {
  const t = useTranslations("errors.tooLarge");
  const { bodyMb } = useServerInfo().limits;
  // A string: a stable selector result.
  const cause = useChatStore((s) => tooLargeCauseOf(s.messages, message.id, s.conversation.settings, bodyMb));
  const words = cause === "unknown" ? undefined : t(cause, { limit: bodyMb });
  // Offline or with the daily budget spent it waits, saying why, as Retry does (use-ask-blocked.ts).
  const blocked = useAskBlocked();
  const sendWithout = () => {
    useChatStore.getState().patchSettings({ dropOldImages: true });
    onRetry?.(message.id);
  };
  return (
    <MessageError
      error={notice}
      words={words}
      action={cause === "earlier" && onRetry ? (
        <Button variant="danger-outline" size="sm" data-testid="send-without-earlier" disabled={!!blocked} title={blocked} onClick={sendWithout} className="px-3 text-sm">
          {t("sendWithout")}
        </Button>
      ) : undefined}
    />
  );
}
