"use client";

import { useTranslations } from "next-intl";
import { useModelFacts } from "@/lib/chat/model-facts";
import { hasMedia, mediaLeftOutFor } from "@/lib/chat/earlier-media";
import { useChatStore } from "@/lib/store/chat-store";

/**
 * Says, by the composer, that a text-only model will not get the images, video or PDF pages sent
 * earlier in this chat (the request leaves them out: lib/chat/to-request.ts). An agent session
 * says its own (components/agent/agent-panel.tsx). A yes or no is read from the store, so a new
 * message does not re-render it, and the model's facts with useModelFacts (no render when the
 * served list arrives).
 */
export function EarlierMediaNote() {
  const t = useTranslations("chat");
  const modelId = useChatStore((s) => s.conversation.settings.model);
  const agent = useChatStore((s) => !!s.conversation.settings.agent);
  const chatHasMedia = useChatStore((s) => hasMedia(s.messages));
  const model = useModelFacts(modelId);
  const leftOut = agent ? undefined : mediaLeftOutFor(model, chatHasMedia);
  if (!leftOut) return null;
  return (
    <p data-testid="earlier-media-note" role="status" className="px-2 pb-1 text-xs text-muted-fg">
      {t("earlierMediaLeftOut", { model: leftOut })}
    </p>
  );
}
