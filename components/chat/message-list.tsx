"use client";

import { useEffect, useMemo, useRef } from "react";
import type { Attachment, ChatMessage } from "@/lib/chat/types";
import { useChatStore } from "@/lib/store/chat-store";
import { Message } from "./message";

/** Follows the stream to the bottom unless the user has scrolled up to read. */
export function MessageList() {
  const messages = useChatStore((s) => s.messages);
  const retry = useChatStore((s) => s.retry);
  const media = useMemo(() => turnMediaByMessage(messages), [messages]);
  const scroller = useRef<HTMLDivElement>(null);
  const stick = useRef(true);

  useEffect(() => {
    const el = scroller.current;
    if (el && stick.current) el.scrollTop = el.scrollHeight;
  }, [messages]);

  return (
    <div
      ref={scroller}
      data-testid="message-list"
      onScroll={(e) => {
        const el = e.currentTarget;
        stick.current = el.scrollHeight - el.scrollTop - el.clientHeight < 48;
      }}
      className="min-h-0 flex-1 overflow-y-auto"
    >
      <div className="mx-auto flex w-full max-w-3xl flex-col gap-6 px-4 py-6">
        {messages.length === 0 && <EmptyState />}
        {messages.map((m) => (
          <Message key={m.id} message={m} onRetry={retry} turnMedia={media.get(m.id)} />
        ))}
      </div>
    </div>
  );
}

function EmptyState() {
  return (
    <div className="mt-[15vh] text-center text-zinc-500">
      <h1 className="text-2xl font-semibold text-zinc-800 dark:text-zinc-200">What can GLM do for you?</h1>
      <p className="mt-2 text-sm">Ask a question, paste a screenshot, or drop an image to find objects in it.</p>
    </div>
  );
}

/**
 * For each assistant message, the media of the turn it answers: the attachments of the nearest
 * earlier user message that has any (GUI-agent follow-ups refer back to the last screenshot).
 */
function turnMediaByMessage(messages: ChatMessage[]): Map<string, readonly Attachment[]> {
  const out = new Map<string, readonly Attachment[]>();
  let last: readonly Attachment[] | undefined;
  for (const m of messages) {
    if (m.role === "user" && m.attachments?.length) last = m.attachments;
    else if (m.role === "assistant" && last) out.set(m.id, last);
  }
  return out;
}
