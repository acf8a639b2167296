"use client";

import { useTranslations } from "next-intl";
import type { ChatMessage, MessageError as MessageErrorData } from "@/lib/chat/message";
import { tooLargeCause, type TooLargeCause } from "@/lib/chat/request-size";
import { sentMediaSizes } from "@/lib/chat/to-request";
import { useServerInfo } from "@/lib/chat/use-server-info";
import { useChatStore } from "@/lib/store/chat-store";
import type { ChatState } from "@/lib/store/store-types";
import { Button } from "@/components/ui/button";
import { MessageError } from "./message-error";

/** What made the request for `answerId` too large, from the files its history sends (a string: a stable selector result). */
function causeIn(s: ChatState, answerId: string, bodyMb: number): TooLargeCause {
  const at = s.messages.findIndex((m) => m.id === answerId);
  if (at < 0) return "unknown";
  const { own, earlier } = sentMediaSizes(s.messages.slice(0, at), s.conversation.settings);
  return tooLargeCause(own, earlier, bodyMb);
}

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
  const cause = useChatStore((s) => causeIn(s, message.id, bodyMb));
  const words = cause === "unknown" ? undefined : t(cause, { limit: bodyMb });
  const sendWithout = () => {
    useChatStore.getState().patchSettings({ dropOldImages: true });
    onRetry?.(message.id);
  };
  return (
    <MessageError
      error={notice}
      words={words}
      action={cause === "earlier" && onRetry ? (
        <Button variant="danger-outline" size="sm" data-testid="send-without-earlier" onClick={sendWithout} className="px-3 text-sm">
          {t("sendWithout")}
        </Button>
      ) : undefined}
    />
  );
}
