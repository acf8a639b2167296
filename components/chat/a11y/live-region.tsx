"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { useErrorText } from "@/components/ui/use-error-text";
import { answerEnding, endingAnnouncement } from "@/lib/chat/ending";
import type { MessageError } from "@/lib/chat/message";
import { useLatestServerInfo } from "@/lib/chat/use-server-info";
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
  const tTooLarge = useTranslations("errors.tooLarge");
  // Read when an answer ends: the server's limits arriving do not re-render the region.
  const serverInfo = useLatestServerInfo();
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
    let causeOf: typeof import("@/lib/chat/too-large-cause").tooLargeCauseOf | undefined;
    // The ending its card shows, in the card's own words: "finished" only when it is. The one
    // voice for it: the card is not an alert (lib/chat/ending.ts).
    const announce = (ending: ReturnType<typeof answerEnding>, ownWords: (error: MessageError) => string | null) =>
      say(
        endingAnnouncement(ending, {
          explain: (error, options) => {
            const card = explain.current(error, options);
            const words = ownWords(error);
            return words ? { ...card, text: words } : card;
          },
          ended: (title, text) => t("answerEnded", { title, text }),
          error: (message) => t("answerError", { message }),
          finished: t("answerFinished"),
          stopped: t("answerStopped"),
          atTool: t("answerAtTool"),
          toolNotRun: tAnswer("toolNotRun"),
          reasoningOnly: tChat("reasoningOnly"),
        }),
      );
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
      const endedId = done.id;
      // A too-large card names its cause in the app's own words (components/chat/too-large-card.tsx);
      // worked out only for that card, in a module loaded then.
      const tooLarge = (error: MessageError) => {
        if (error.code !== "payload_too_large") return null;
        const { bodyMb } = serverInfo().limits;
        const cause = causeOf?.(state.messages, endedId, state.conversation.settings, bodyMb) ?? "unknown";
        return cause === "unknown" ? null : tTooLarge(cause, { limit: bodyMb });
      };
      const ending = answerEnding(done);
      const code = ending.kind === "error" ? ending.error?.code : ending.kind === "notice" ? ending.notice.code : undefined;
      if (code === "payload_too_large" && !causeOf) {
        void import("@/lib/chat/too-large-cause").then((m) => {
          causeOf = m.tooLargeCauseOf;
          announce(ending, tooLarge);
        }, () => announce(ending, () => null));
        return;
      }
      announce(ending, tooLarge);
    });
    return () => {
      offAnnounce();
      offStore();
    };
  }, [t, tAnswer, tChat, tTooLarge, serverInfo]);
  return (
    <div data-testid="live-region" role="status" aria-live="polite" aria-atomic="true" className="sr-only">
      {text}
    </div>
  );
}
