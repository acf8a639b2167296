"use client";

import { useEffect, useLayoutEffect, useMemo, useRef, useState } from "react";
import type { Attachment, ChatMessage } from "@/lib/chat/message";
import { useChatStore } from "@/lib/store/chat-store";
import { Message } from "./message";
import { StarterCards } from "./starter-cards";
import { useServerInfo } from "@/lib/chat/use-server-info";
import { MessageEditor } from "./message-editor";

/**
 * How many of the newest messages are mounted at first (about a screenful: each rendered answer
 * costs markdown and highlighting); older ones mount STEP at a time as the user scrolls up.
 */
const WINDOW = 12;
const STEP = 24;

/**
 * Follows the stream to the bottom unless the user has scrolled up to read. Long conversations
 * mount only their newest messages (more on scrolling up), and rows skip layout and paint while
 * off screen (content-visibility), so a 500-message conversation opens fast.
 */
export function MessageList() {
  const messages = useChatStore((s) => s.messages);
  const conversationId = useChatStore((s) => s.conversation.id);
  const routeStatus = useChatStore((s) => s.routeStatus);
  const editingId = useChatStore((s) => s.editingId);
  const retry = useChatStore((s) => s.retry);
  const media = useMemo(() => turnMediaByMessage(messages), [messages]);
  const scroller = useRef<HTMLDivElement>(null);
  const sentinel = useRef<HTMLDivElement>(null);
  const stick = useRef(true);
  const lastTop = useRef(0);
  const [shown, setShown] = useState(WINDOW);
  const prepend = useRef<number | null>(null);
  const [away, setAway] = useState(false);

  useEffect(() => {
    setShown(WINDOW);
    stick.current = true;
    lastTop.current = 0;
  }, [conversationId]);

  useLayoutEffect(() => {
    const el = scroller.current;
    if (!el) return;
    if (prepend.current !== null) {
      // Older messages were mounted above: keep the ones being read where they were.
      el.scrollTop = el.scrollHeight - prepend.current;
      prepend.current = null;
    } else if (stick.current) el.scrollTop = el.scrollHeight;
  }, [messages, shown]);

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

  const start = Math.max(0, messages.length - shown);
  useEffect(() => {
    const el = sentinel.current;
    if (!el || start === 0) return;
    const observer = new IntersectionObserver(
      ([entry]) => {
        if (!entry.isIntersecting || !scroller.current) return;
        prepend.current = scroller.current.scrollHeight - scroller.current.scrollTop;
        setShown((n) => n + STEP);
      },
      { root: scroller.current, rootMargin: "400px 0px 0px 0px" },
    );
    observer.observe(el);
    return () => observer.disconnect();
  }, [start]);

  return (
    <div className="relative flex min-h-0 flex-1 flex-col">
    <div
      ref={scroller}
      data-testid="message-list"
      data-count={messages.length}
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
        {routeStatus === "loading" && <p className="text-center text-sm text-zinc-500">Loading conversation…</p>}
        {routeStatus === "missing" && <MissingState />}
        {routeStatus === "ready" && messages.length === 0 && <EmptyState />}
        {start > 0 && <div ref={sentinel} data-testid="older-messages" className="h-px" />}
        {messages.slice(start).map((m) => (
          <div key={m.id} className="[contain-intrinsic-size:auto_160px] [content-visibility:auto]">
            {m.id === editingId ? <MessageEditor message={m} /> : <Message message={m} onRetry={retry} turnMedia={media.get(m.id)} />}
          </div>
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
  const { demo } = useServerInfo();
  const agent = useChatStore((s) => !!s.conversation.settings.agent);
  return (
    <div className="mt-[15vh] text-center text-zinc-500">
      <h1 className="text-2xl font-semibold text-zinc-800 dark:text-zinc-200">What can GLM do for you?</h1>
      <p className="mt-2 text-sm">Ask a question, paste a screenshot, drop an image to find objects in it, or attach a PDF.</p>
      {demo && !agent && <StarterCards />}
    </div>
  );
}

function MissingState() {
  return (
    <div data-testid="conversation-missing" className="mt-[15vh] text-center text-zinc-500">
      <h1 className="text-xl font-semibold text-zinc-800 dark:text-zinc-200">This conversation is not in this browser</h1>
      <p className="mt-2 text-sm">It may have been deleted, or saved in another browser. Start a new chat below.</p>
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
