"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { lightButton, type ButtonProps } from "@/components/ui/button";
import { glyphs } from "@/components/ui/glyphs";
import type { ChatMessage, Feedback } from "@/lib/chat/message";
import { useChatStore } from "@/lib/store/chat-store";

const NOTE_MAX = 1000;
// One per answer, so possibly hundreds: plain buttons in the kit's look with a native title (not
// a tooltip and two components each), their icons plain SVG made once.
const thumb = { variant: "subtle", size: "icon-sm", className: "aria-pressed:bg-muted aria-pressed:text-fg" } as const;
const up = glyphs["thumbs-up"];
const down = glyphs["thumbs-down"];

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
      {lightButton({ ...thumb, "data-testid": "feedback-up", "aria-pressed": rating === "up", "aria-label": t("good"), title: t("good"), onClick: () => rate("up"), children: up } as ButtonProps)}
      {lightButton({ ...thumb, "data-testid": "feedback-down", "aria-pressed": rating === "down", "aria-label": t("bad"), title: t("bad"), onClick: () => rate("down"), children: down } as ButtonProps)}
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
