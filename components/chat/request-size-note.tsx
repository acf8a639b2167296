"use client";

import { useTranslations } from "next-intl";
import { useMemo } from "react";
import type { Attachment, ChatMessage } from "@/lib/chat/message";
import { mediaFit } from "@/lib/chat/request-size";
import { sentMediaSizes } from "@/lib/chat/to-request";
import { useServerInfo } from "@/lib/chat/use-server-info";
import { useChatStore } from "@/lib/store/chat-store";
import type { ChatState } from "@/lib/store/store-types";
import { Button } from "@/components/ui/button";

type Over = "fits" | "draft" | "draftOwn";

/** Whether the next request (this chat's history and the draft's files, as toChatRequest would send them) fits the body limit. */
function overIn(s: ChatState, draft: readonly Attachment[], bodyMb: number): Over {
  if (s.conversation.settings.agent) return "fits";
  const next: ChatMessage = { id: "draft", role: "user", content: "", createdAt: 0, attachments: [...draft] };
  const { own, earlier } = sentMediaSizes([...s.messages, next], s.conversation.settings);
  if (!mediaFit(own, bodyMb)) return "draftOwn";
  return mediaFit([...own, ...earlier], bodyMb) ? "fits" : "draft";
}

/**
 * Says, before Send, that the message would be refused as too large (the sizes of stored files are
 * known; media travel as base64): for the chat's earlier images and videos, with the way out the
 * too-large card offers after the fact (components/chat/too-large-card.tsx), leaving them out.
 */
export function RequestSizeNote({ attachments }: { attachments: readonly Attachment[] }) {
  const t = useTranslations("errors.tooLarge");
  const { bodyMb } = useServerInfo().limits;
  // The store changes far more often than the chat's messages or settings (every store update
  // runs this selector): the answer is kept until either of them, the files or the limit change.
  const selectOver = useMemo(() => {
    let last: { messages: ChatState["messages"]; settings: ChatState["conversation"]["settings"]; over: Over } | null = null;
    return (s: ChatState): Over => {
      if (last?.messages === s.messages && last.settings === s.conversation.settings) return last.over;
      last = { messages: s.messages, settings: s.conversation.settings, over: overIn(s, attachments, bodyMb) };
      return last.over;
    };
  }, [attachments, bodyMb]);
  const over = useChatStore(selectOver);
  if (over === "fits") return null;
  return (
    <p data-testid="request-size-note" data-over={over} role="status" className="flex flex-wrap items-center gap-x-2 px-2 pb-1 text-xs text-warning-fg">
      {t(over, { limit: bodyMb })}
      {over === "draft" && (
        <Button variant="link" size="inline" data-testid="leave-earlier-out" onClick={() => useChatStore.getState().patchSettings({ dropOldImages: true })} className="text-xs font-normal underline">
          {t("leaveOut")}
        </Button>
      )}
    </p>
  );
}
