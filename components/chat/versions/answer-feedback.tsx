"use client";

import type { useTranslations } from "next-intl";
import { useState } from "react";
import { lightButton, type ButtonProps } from "@/components/ui/button";
import { glyphs } from "@/components/ui/glyphs";
import type { ChatMessage, Feedback } from "@/lib/chat/message";
import { useChatStore } from "@/lib/store/chat-store";
import { isImeKey } from "@/lib/ui/ime";

const NOTE_MAX = 1000;
// One per answer, so possibly hundreds: plain buttons in the kit's look with a native title (not
// a tooltip and two components each), their icons plain SVG made once, made by the answer's
// actions as elements; only a rated answer mounts a component (the note).
const thumb = { variant: "subtle", size: "icon-sm", className: "aria-pressed:bg-muted aria-pressed:text-fg" } as const;
const up = glyphs["thumbs-up"];
const down = glyphs["thumbs-down"];

type T = ReturnType<typeof useTranslations<"feedback">>;

const save = (id: string, next: Feedback | undefined) => useChatStore.getState().setFeedback(id, next);
const withNote = (rating: Feedback["rating"], note: string): Feedback => ({ rating, ...(note.trim() ? { note: note.trim() } : {}) });

/** Thumbs up / down on an answer, then an optional note; kept with the message and exported. */
export function answerFeedback(message: ChatMessage, t: T) {
  const rating = message.feedback?.rating;
  // A note being typed is saved on blur, which comes before the click on the other thumb.
  const rate = (value: Feedback["rating"]) => save(message.id, rating === value ? undefined : withNote(value, message.feedback?.note ?? ""));
  return (
    <div className="flex flex-wrap items-center gap-1">
      {lightButton({ ...thumb, "data-testid": "feedback-up", "aria-pressed": rating === "up", "aria-label": t("good"), title: t("good"), onClick: () => rate("up"), children: up } as ButtonProps)}
      {lightButton({ ...thumb, "data-testid": "feedback-down", "aria-pressed": rating === "down", "aria-label": t("bad"), title: t("bad"), onClick: () => rate("down"), children: down } as ButtonProps)}
      {rating && <FeedbackNote key={message.id} message={message} rating={rating} t={t} />}
    </div>
  );
}

function FeedbackNote({ message, rating, t }: { message: ChatMessage; rating: Feedback["rating"]; t: T }) {
  const [note, setNote] = useState(message.feedback?.note ?? "");
  const saveNote = () => {
    if (note.trim() !== (message.feedback?.note ?? "")) save(message.id, withNote(rating, note));
  };
  return (
    <input
      data-testid="feedback-note"
      aria-label={t("noteLabel")}
      placeholder={t("notePlaceholder")}
      value={note}
      maxLength={NOTE_MAX}
      onChange={(e) => setNote(e.target.value)}
      onBlur={saveNote}
      onKeyDown={(e) => {
        if (e.key === "Enter" && !isImeKey(e.nativeEvent)) {
          e.preventDefault();
          saveNote();
        }
      }}
      className="h-7 w-56 max-w-full rounded-lg border border-line-strong bg-surface px-2 text-xs outline-none focus-visible:ring-2 focus-visible:ring-ring"
    />
  );
}
