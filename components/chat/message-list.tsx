"use client";

import { useTranslations } from "next-intl";
import { glyphs } from "@/components/ui/glyphs";
import { useContext, useEffect, useLayoutEffect, useMemo, useRef, useState, useSyncExternalStore } from "react";
import { Button } from "@/components/ui/button";
import { useFollowBottom } from "@/components/ui/use-follow-bottom";
import type { Attachment, ChatMessage } from "@/lib/chat/message";
import { parentKey, versionsOf } from "@/lib/chat/tree";
import { useChatStore } from "@/lib/store/chat-store";
import { firstMounted, revealTarget, subscribeReveal, takeReveal } from "@/lib/ui/reveal-target";
import { StarterCards } from "./starter-cards";
import { MissingState } from "./missing-state";
import { usePrintWindow } from "./use-print-window";
import { CarriedOverCard } from "./carried-over-card";
import { DemoContext } from "./demo-context";
import { useServerInfo } from "@/lib/chat/use-server-info";
import { lazyPart } from "@/components/ui/lazy-part";
import { messageView, preloadMessageView } from "./message-view";
import { markWords, unmarkWords } from "./mark-words";
import { useReopenEdit } from "./use-reopen-edit";

// A stored conversation's address: its messages will be shown as soon as they are read, so the
// message view (and the Markdown parser it needs) are fetched now, beside hydration and that read.
// A new chat fetches them when the user starts writing (./message-view.ts).
if (typeof window !== "undefined" && window.location.pathname.startsWith("/c/")) {
  preloadMessageView();
  // The parser's own chunks too, beside the view's rather than after them (the view's Markdown
  // module would ask for them only once evaluated): one round trip instead of two.
  void import("@/components/markdown/markdown-block").catch(() => undefined);
}
// Only while a message is being edited.
// Its notice offers Close, which leaves editing as the editor's Cancel would.
const MessageEditor = lazyPart(() => import("./message-editor").then((m) => m.MessageEditor), {
  inline: true,
  close: () => () => useChatStore.getState().setEditing(null),
});

/**
 * How many of the newest messages are mounted when a conversation opens: a screenful of typical
 * answers (each rendered answer costs markdown and highlighting, and those above the viewport are
 * not seen until the user scrolls). When they do not reach AHEAD px above the viewport (short
 * messages, a tall screen), FIRST more are mounted before the first paint; older ones mount STEP
 * at a time as the user scrolls up (docs/decisions/startup-reads.md, round 7).
 */
const FIRST = 6;
const STEP = 24;
/** How far above the viewport the mounted messages reach before older ones are mounted. */
const AHEAD = 400;
/** The sentinel's offset in the scrolled content (the list's top padding, py-6). */
const SENTINEL_TOP = 24;
/** How long a search result's words (or, where they are not found, its message) stay marked: --animate-reveal's length. */
const REVEAL_MS = 1600;

/**
 * A search result's match, opened: its words marked ("words"), or the whole message where they are
 * not in its rendered text ("message": inside a code block highlighted later, an attachment's name).
 */
interface Flash {
  id: string;
  mark: "words" | "message";
  /** The first marked word: what a message taller than the view is scrolled to. */
  hit: Range | null;
  query?: string;
}

/**
 * Follows the stream to the bottom unless the user has scrolled up to read. Long conversations
 * mount only their newest messages (more on scrolling up), and rows skip layout and paint while
 * off screen (content-visibility), so a 500-message conversation opens fast.
 */
export function MessageList({ stored = false }: { stored?: boolean }) {
  const t = useTranslations("chat");
  const messages = useChatStore((s) => s.messages);
  const conversationId = useChatStore((s) => s.conversation.id);
  // A stored conversation's address, server-rendered and hydrating: it is being opened, so it
  // says so rather than showing a new chat's welcome (and sample cards) that then vanish.
  const opening = useChatStore((s) => s.routeStatus === "loading" || (stored && !s.routeTaken));
  const routeStatus = useChatStore((s) => s.routeStatus);
  const carriedOver = useChatStore((s) => !!s.conversation.settings.carriedOver);
  const title = useChatStore((s) => s.conversation.title);
  const editingId = useChatStore((s) => s.editingId);
  useReopenEdit();
  const retry = useChatStore((s) => s.retry);
  const showVersion = useChatStore((s) => s.showVersion);
  const media = useMemo(() => turnMediaByMessage(messages), [messages]);
  const allMessages = useChatStore((s) => s.allMessages);
  const versions = useMemo(() => versionsOf(allMessages), [allMessages]);
  const { ref: scrollerRef, node: scroller, follow, reset, hold, jump, away, handlers, isFollowing } = useFollowBottom<HTMLDivElement>();
  const sentinel = useRef<HTMLDivElement>(null);
  const [shown, setShown] = useState(FIRST);
  const prepend = useRef<number | null>(null);
  // After printing, the window and the reader's place come back (before the effects below).
  usePrintWindow({ scroller, shown, setShown, isFollowing, hold, jump });
  // A search result's match to scroll to once this chat is shown (lib/ui/reveal-target.ts).
  const reveal = useSyncExternalStore(subscribeReveal, revealTarget, noTarget);
  const revealing = reveal?.conversationId === conversationId ? reveal : null;
  const revealAt = revealing ? messages.findIndex((m) => m.id === revealing.messageId) : -1;
  const [flash, setFlash] = useState<Flash | null>(null);
  const start = firstMounted(messages.length, shown, revealAt);

  const Message = messageView.useLoaded();
  useEffect(() => {
    // Messages shown (a conversation opened from the list, a starter card sent) want the view now.
    if (messages.length && !Message) preloadMessageView();
  }, [messages.length, Message]);
  // Before the first paint of the chat (and before the reveal below, which must not be undone).
  useLayoutEffect(() => {
    setShown(FIRST);
    reset();
  }, [conversationId, reset]);

  useLayoutEffect(() => {
    if (!revealing || revealAt >= 0 || routeStatus !== "ready" || !messages.length) return;
    // The chat is read and its match is in another version: that branch is shown (the switchers
    // say which version it is), and the match is revealed there as any other. Where it cannot be
    // (a turn is running, the message is gone) the chat opens as usual.
    showVersion(revealing.messageId);
    if (!useChatStore.getState().messages.some((m) => m.id === revealing.messageId)) takeReveal(revealing);
  }, [revealing, revealAt, routeStatus, messages.length, showVersion]);

  useLayoutEffect(() => {
    const el = scroller.current;
    if (!el) return;
    if (prepend.current !== null) {
      // Older messages were mounted above: keep the ones being read where they were.
      el.scrollTop = el.scrollHeight - prepend.current;
      prepend.current = null;
      return;
    }
    // Rows have their height once the view's chunk is here: only then is the match's place known.
    const row = revealing && revealAt >= 0 && Message ? el.querySelector<HTMLElement>(`[data-message-id="${CSS.escape(revealing.messageId)}"]`) : null;
    if (revealing && row) {
      takeReveal(revealing);
      hold();
      const next: Flash = { id: revealing.messageId, mark: "message", hit: null, query: revealing.query };
      next.hit = revealing.query ? markWords(row, revealing.query, next) : null;
      if (next.hit) next.mark = "words";
      revealScroll(el, row, next.hit);
      setFlash(next);
      // Keep it (and what is below it) mounted once the target is gone.
      setShown(messages.length - revealAt);
      return;
    }
    follow();
    // At the bottom with less than AHEAD px of older messages above the viewport: the sentinel
    // would mount more after this paint; mount them now instead, so the first screen is full.
    // (Message: the rows get their height when the view's chunk arrives, after the messages. A
    // list without a box, never laid out, would read 0 each time: it waits until it has one.)
    if (Message && start > 0 && isFollowing() && el.clientHeight > 0 && el.scrollTop < AHEAD + SENTINEL_TOP) setShown((n) => n + FIRST);
  }, [messages, shown, scroller, follow, Message, start, isFollowing, revealing, revealAt, hold]);

  useEffect(() => {
    const el = scroller.current;
    const row = flash && el ? el.querySelector<HTMLElement>(`[data-message-id="${CSS.escape(flash.id)}"]`) : null;
    const content = el?.firstElementChild;
    if (!el || !row || !content) return;
    // The rows around the match take their real height only once drawn (content-visibility), after
    // the jump, and moved it off centre (167 px in history.spec). Keep it there while it is
    // highlighted, until the reader scrolls.
    const hit = flash?.hit ?? null;
    const recentre = () => revealScroll(el, row, hit);
    const observer = new ResizeObserver(recentre);
    observer.observe(content);
    const stop = () => observer.disconnect();
    const inputs = ["wheel", "pointerdown", "touchstart"] as const;
    for (const type of inputs) el.addEventListener(type, stop, { passive: true });
    // Keys scroll the list from wherever focus is (PageUp from the page body).
    window.addEventListener("keydown", stop);
    return () => {
      observer.disconnect();
      for (const type of inputs) el.removeEventListener(type, stop);
      window.removeEventListener("keydown", stop);
    };
  }, [flash, scroller]);

  useEffect(() => {
    if (!flash) return;
    // A timer, not the animation's end: with reduced motion the message is marked without a fade,
    // and marked words have no animation at all.
    const done = setTimeout(() => setFlash(null), REVEAL_MS);
    // A code block highlighted after the jump replaces the text the marks were on: mark it again.
    const row = scroller.current?.querySelector<HTMLElement>(`[data-message-id="${CSS.escape(flash.id)}"]`);
    const redraw = new MutationObserver(() => {
      if (row && flash.query) markWords(row, flash.query, flash);
    });
    if (row && flash.mark === "words") redraw.observe(row, { childList: true, subtree: true, characterData: true });
    return () => {
      clearTimeout(done);
      redraw.disconnect();
      // Its own marks only: a newer pick's were drawn before this cleanup runs.
      unmarkWords(flash);
    };
  }, [flash, scroller]);

  useEffect(() => {
    const el = sentinel.current;
    // Until the view's chunk arrives the rows are empty, so the sentinel would be in view and
    // mount older messages (24 at a time) that nobody scrolled up to.
    if (!el || start === 0 || !Message) return;
    const observer = new IntersectionObserver(
      ([entry]) => {
        if (!entry.isIntersecting || !scroller.current) return;
        prepend.current = scroller.current.scrollHeight - scroller.current.scrollTop;
        setShown((n) => n + STEP);
      },
      { root: scroller.current, rootMargin: `${AHEAD}px 0px 0px 0px` },
    );
    observer.observe(el);
    return () => observer.disconnect();
  }, [start, scroller, Message]);

  return (
    <div className="relative flex min-h-0 flex-1 flex-col print:block">
    <div
      ref={scrollerRef}
      data-testid="message-list"
      data-count={messages.length}
      {...handlers}
      className="min-h-0 flex-1 overflow-y-auto print:overflow-visible"
    >
      <div className="mx-auto flex w-full max-w-3xl flex-col gap-6 px-4 py-6">
        {/* On paper the header is left out: the chat's title heads the page instead. */}
        {!opening && messages.length > 0 && <p data-testid="print-title" className="hidden text-xl font-semibold print:block">{title}</p>}
        {opening && <p data-testid="conversation-loading" className="animate-appear-late text-center text-sm text-muted-fg">{t("loadingConversation")}</p>}
        {routeStatus === "missing" && <MissingState />}
        {!opening && routeStatus === "ready" && (carriedOver ? <CarriedOverCard /> : messages.length === 0 && <EmptyState />)}
        {start > 0 && <div ref={sentinel} data-testid="older-messages" className="h-px" />}
        {messages.slice(start).map((m) => (
          // Keyed by the fork, not the message: switching versions keeps the row (and the switcher's focus).
          <div
            key={`at:${parentKey(m)}`}
            data-message-id={m.id}
            data-revealed={flash?.id === m.id ? flash.mark : undefined}
            className={`[contain-intrinsic-size:auto_160px] [content-visibility:auto] print:[content-visibility:visible] ${flash?.id === m.id && flash.mark === "message" ? "animate-reveal rounded-lg motion-reduce:animate-none motion-reduce:bg-highlight/40" : ""}`}
          >
            {m.id === editingId ? <MessageEditor message={m} /> : Message && <Message message={m} onRetry={retry} turnMedia={media.get(m.id)} version={versions.get(m.id)} />}
          </div>
        ))}
      </div>
    </div>
      {away && messages.length > 0 && (
        // On a short screen (a phone on its side) a round arrow in the corner: the pill covered the
        // middle of what little of the answer shows, its actions included.
        <Button variant="secondary" data-testid="jump-to-latest" onClick={jump} className="absolute bottom-3 left-1/2 -translate-x-1/2 rounded-full bg-surface shadow-md hover:bg-muted print:hidden [@media(height<30rem)]:right-3 [@media(height<30rem)]:left-auto [@media(height<30rem)]:translate-x-0 [@media(height<30rem)]:px-2.5">
          {glyphs["arrow-down"]} <span className="[@media(height<30rem)]:sr-only">{t("jumpToLatest")}</span>
        </Button>
      )}
    </div>
  );
}

const noTarget = () => null;

/**
 * The match in the middle of the view; a message taller than the view at its top, or, when its
 * words are marked, at the words the result showed (the top of a long answer could be far from them).
 */
function revealScroll(list: HTMLElement, row: HTMLElement, hit: Range | null): void {
  if (row.offsetHeight <= list.clientHeight) return row.scrollIntoView({ block: "center" });
  const word = hit?.getBoundingClientRect();
  if (!word || !word.height) return row.scrollIntoView({ block: "start" });
  const view = list.getBoundingClientRect();
  list.scrollTop += word.top + word.height / 2 - (view.top + view.height / 2);
}

function EmptyState() {
  const t = useTranslations("chat");
  const info = useServerInfo();
  const demo = useContext(DemoContext) || info.demo;
  const agent = useChatStore((s) => !!s.conversation.settings.agent);
  return (
    <div className="mt-[15vh] text-center text-muted-fg">
      <h2 className="text-2xl font-semibold text-fg">{t("emptyTitle")}</h2>
      {/* An agent step takes one screenshot and nothing else, so the general hint (PDFs, drops) would mislead. */}
      <p data-testid="empty-body" className="mt-2 text-sm">{t(agent ? "emptyAgentBody" : "emptyBody")}</p>
      {demo && !agent && <StarterCards />}
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
