"use client";

import { useTranslations } from "next-intl";
import { useId } from "react";
import type { ChatMessage } from "@/lib/chat/message";
import { useChatStore } from "@/lib/store/chat-store";

/**
 * A `system` message that came with an imported chat. It is shown and kept, but only sent to the
 * model once the user turns it on: a shared chat must not steer the importer's model unasked.
 */
export function SystemMessage({ message }: { message: ChatMessage }) {
  const t = useTranslations("chat");
  const on = useChatStore((s) => s.conversation.settings.sendSystemMessages === true);
  const setOn = useChatStore((s) => s.setSendSystemMessages);
  const headingId = useId();
  // An article headed by its label, as the question and the answer are, so a screen reader's
  // jump from message to message does not skip it.
  return (
    <article aria-labelledby={headingId} data-testid="message-system" data-sent={on ? "true" : "false"} className="rounded-xl border border-dashed border-line-strong px-4 py-3 text-sm">
      <h2 id={headingId} className="mb-1 text-xs font-medium uppercase tracking-wide text-muted-fg">{t("systemImported")}</h2>
      <p className="whitespace-pre-wrap break-words text-fg">{message.content}</p>
      <label className="mt-2 flex items-center gap-2 text-xs text-muted-fg">
        <input type="checkbox" data-testid="system-message-send" checked={on} onChange={(e) => setOn(e.currentTarget.checked)} />
        {t("systemSend")}
      </label>
    </article>
  );
}
