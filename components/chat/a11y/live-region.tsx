"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { useErrorText } from "@/components/ui/use-error-text";
import { answerEnding, endingAnnouncement } from "@/lib/chat/ending";
import { useChatStore } from "@/lib/store/chat-store";
import { onAnnounce } from "./announce";

/**
 * Tells screen-reader users that an answer started, finished, stopped or failed (the text itself
 * streams far too fast to read out), that one finished in a chat out of sight, and anything
 * `announce()` sends. Polite: it never cuts off what is being read.
 */
export function LiveRegion() {
  const t = useTranslations("a11y");
  const tAnswer = useTranslations("answer");
  const tChat = useTranslations("chat");
  const [text, setText] = useState("");
  // The latest wording, read by the store listener (a new function each render; one subscription).
  const explainNow = useErrorText();
  const explain = useRef(explainNow);
  useEffect(() => {
    explain.current = explainNow;
  });
  useEffect(() => {
    // The same sentence twice in a row is not re-read unless the text changes: alternate a marker.
    let flip = false;
    const say = (next: string) => {
      flip = !flip;
      setText(flip ? next : `${next}\u00a0`);
    };
    const offAnnounce = onAnnounce(say);
    // The answer that just ended: its final status can land in the store after streamingId clears.
    let ended: string | null = null;
    const offStore = useChatStore.subscribe((state, prev) => {
      // An answer that ended in a chat out of sight: its row stops saying "Answering…".
      for (const id of prev.answering) {
        if (state.answering.includes(id) || id === state.conversation.id) continue;
        const title = state.conversations.find((c) => c.id === id)?.title;
        if (title) say(t("answerFinishedIn", { title }));
      }
      // Started: the chat on screen joins the answering ones (opening a chat whose answer is
      // already under way starts nothing).
      const shown = state.conversation.id;
      if (state.answering.includes(shown) && !prev.answering.includes(shown)) {
        ended = null;
        say(t("answerStarted"));
      }
      if (state.streamingId !== prev.streamingId) {
        if (state.streamingId) {
          ended = null;
          return;
        }
        ended = prev.streamingId;
      }
      if (!ended) return;
      const done = state.allMessages.find((m) => m.id === ended);
      if (!done || done.status === "streaming") return;
      ended = null;
      // The ending its card shows, in the card's own words: "finished" only when it is. The one
      // voice for it: the card is not an alert (lib/chat/ending.ts).
      say(
        endingAnnouncement(answerEnding(done), {
          explain: (error, options) => explain.current(error, options),
          ended: (title, text) => t("answerEnded", { title, text }),
          error: (message) => t("answerError", { message }),
          finished: t("answerFinished"),
          stopped: t("answerStopped"),
          atTool: t("answerAtTool"),
          toolNotRun: tAnswer("toolNotRun"),
          reasoningOnly: tChat("reasoningOnly"),
        }),
      );
    });
    return () => {
      offAnnounce();
      offStore();
    };
  }, [t, tAnswer, tChat]);
  return (
    <div data-testid="live-region" role="status" aria-live="polite" aria-atomic="true" className="sr-only">
      {text}
    </div>
  );
}
