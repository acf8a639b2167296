"use client";

import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { useChatStore } from "@/lib/store/chat-store";
import { onAnnounce } from "./announce";

/**
 * Tells screen-reader users that an answer started, finished, stopped or failed (the text itself
 * streams far too fast to read out), plus anything `announce()` sends. Polite: it never cuts off
 * what is being read.
 */
export function LiveRegion() {
  const t = useTranslations("a11y");
  const [text, setText] = useState("");
  useEffect(() => {
    // The same sentence twice in a row is not re-read unless the text changes: alternate a marker.
    let flip = false;
    const say = (next: string) => {
      flip = !flip;
      setText(flip ? next : `${next}\u00a0`);
    };
    const offAnnounce = onAnnounce(say);
    const offStore = useChatStore.subscribe((state, prev) => {
      if (state.streamingId === prev.streamingId) return;
      if (state.streamingId) {
        say(t("answerStarted"));
        return;
      }
      const done = state.messages.find((m) => m.id === prev.streamingId);
      if (!done) return;
      if (done.status === "error") say(t("answerError", { message: done.error?.message ?? "" }));
      else if (done.finishReason === "aborted" || done.status === "interrupted") say(t("answerStopped"));
      else say(t("answerFinished"));
    });
    return () => {
      offAnnounce();
      offStore();
    };
  }, [t]);
  return (
    <div data-testid="live-region" role="status" aria-live="polite" aria-atomic="true" className="sr-only">
      {text}
    </div>
  );
}
