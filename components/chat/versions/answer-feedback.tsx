"use client";

import { ThumbsDown, ThumbsUp } from "lucide-react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { IconButton } from "@/components/ui/icon-button";
import type { ChatMessage, Feedback } from "@/lib/chat/message";
import { useChatStore } from "@/lib/store/chat-store";

const NOTE_MAX = 1000;
const chosen = "aria-pressed:bg-muted aria-pressed:text-fg";

/** Thumbs up / down on an answer, then an optional note; kept with the message and exported. */
export function AnswerFeedback({ message }: { message: ChatMessage }) {
  const t = useTranslations("feedback");
  const rating = message.feedback?.rating;
  const [note, setNote] = useState(message.feedback?.note ?? "");
  const save = (next: Feedback | undefined) => useChatStore.getState().setFeedback(message.id, next);
  const rate = (value: Feedback["rating"]) => save(rating === value ? undefined : { rating: value, ...(note.trim() ? { note: note.trim() } : {}) });
  const saveNote = () => {
    if (rating && note.trim() !== (message.feedback?.note ?? "")) save({ rating, ...(note.trim() ? { note: note.trim() } : {}) });
  };
  return (
    <div className="flex flex-wrap items-center gap-1">
      <IconButton size="icon-sm" data-testid="feedback-up" aria-pressed={rating === "up"} label={t("good")} tooltip={false} title={t("good")} icon={<ThumbsUp aria-hidden />} onClick={() => rate("up")} variant="subtle" className={chosen} />
      <IconButton size="icon-sm" data-testid="feedback-down" aria-pressed={rating === "down"} label={t("bad")} tooltip={false} title={t("bad")} icon={<ThumbsDown aria-hidden />} onClick={() => rate("down")} variant="subtle" className={chosen} />
      {rating && (
        <input
          data-testid="feedback-note"
          aria-label={t("noteLabel")}
          placeholder={t("notePlaceholder")}
          value={note}
          maxLength={NOTE_MAX}
          onChange={(e) => setNote(e.target.value)}
          onBlur={saveNote}
          onKeyDown={(e) => {
            if (e.key === "Enter") {
              e.preventDefault();
              saveNote();
            }
          }}
          className="h-7 w-56 max-w-full rounded-lg border border-line-strong bg-surface px-2 text-xs outline-none focus-visible:ring-2 focus-visible:ring-ring"
        />
      )}
    </div>
  );
}
