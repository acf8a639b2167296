"use client";

import type { ChatMessage } from "@/lib/chat/types";

/** Placeholder renderer until the markdown renderer lands: plain text, answer tokens hidden. */
export function AnswerBody({ message }: { message: ChatMessage }) {
  if (!message.content) return null;
  const text = message.content.replace(/<\|(begin|end)_of_box\|>/g, "").replace(/<\|[a-z_]*$/, "");
  return <div className="whitespace-pre-wrap break-words leading-relaxed">{text}</div>;
}
