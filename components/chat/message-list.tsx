"use client";

import { useEffect, useMemo, useRef, useState } from "react";
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
  const lastTop = useRef(0);
  const [away, setAway] = useState(false);

  useEffect(() => {
    const el = scroller.current;
    if (el && stick.current) el.scrollTop = el.scrollHeight;
  }, [messages]);

  // Content also grows without a store change (highlighting, images loading): keep following.
  useEffect(() => {
    const el = scroller.current;
    if (!el || typeof ResizeObserver === "undefined") return;
    const observer = new ResizeObserver(() => {
      if (stick.current) el.scrollTop = el.scrollHeight;
    });
    observer.observe(el.firstElementChild!);
    return () => observer.disconnect();
  }, []);

  const jump = () => {
    const el = scroller.current;
    if (!el) return;
    stick.current = true;
    setAway(false);
    el.scrollTo({ top: el.scrollHeight });
  };

  return (
    <div className="relative flex min-h-0 flex-1 flex-col">
    <div
      ref={scroller}
      data-testid="message-list"
      onWheel={(e) => {
        // Any upward intent unpins at once, even mid-stream when scroll events race the growth.
        if (e.deltaY < 0) stick.current = false;
      }}
      onScroll={(e) => {
        const el = e.currentTarget;
        const atBottom = el.scrollHeight - el.scrollTop - el.clientHeight < 48;
        // Only a move up unpins: while following a fast stream the content grows between our
        // scroll to the bottom and this event, which must not read as the user leaving.
        const movedUp = el.scrollTop < lastTop.current - 1;
        lastTop.current = el.scrollTop;
        if (atBottom) stick.current = true;
        else if (movedUp) stick.current = false;
        setAway(!stick.current);
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
      {away && messages.length > 0 && (
        <button
          type="button"
          data-testid="jump-to-latest"
          onClick={jump}
          className="absolute bottom-3 left-1/2 -translate-x-1/2 rounded-full border border-zinc-300 bg-white px-3 py-1.5 text-sm shadow-md hover:bg-zinc-50 dark:border-zinc-700 dark:bg-zinc-900 dark:hover:bg-zinc-800"
        >
          ↓ Jump to latest
        </button>
      )}
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
