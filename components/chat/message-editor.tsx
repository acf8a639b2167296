"use client";

import { useState } from "react";
import type { ChatMessage } from "@/lib/chat/message";
import { useChatStore } from "@/lib/store/chat-store";

/** Edit a user message in place; sending replaces every later turn. */
export function MessageEditor({ message }: { message: ChatMessage }) {
  const [text, setText] = useState(message.content);
  const { editAndResend, setEditing } = useChatStore.getState();
  return (
    <form
      data-testid="message-editor"
      className="ml-auto flex w-full max-w-[85%] flex-col gap-2"
      onSubmit={(e) => {
        e.preventDefault();
        editAndResend(message.id, text);
      }}
    >
      <textarea
        data-testid="edit-message-input"
        aria-label="Edit message"
        value={text}
        autoFocus
        onChange={(e) => setText(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === "Escape") setEditing(null);
        }}
        className="field-sizing-content min-h-16 rounded-2xl border border-zinc-300 bg-white px-4 py-2.5 dark:border-zinc-700 dark:bg-zinc-900"
      />
      <div className="flex justify-end gap-2 text-sm">
        <button type="button" data-testid="edit-cancel-button" onClick={() => setEditing(null)} className="rounded-lg px-3 py-1 hover:bg-zinc-100 dark:hover:bg-zinc-800">
          Cancel
        </button>
        <button type="submit" data-testid="edit-save-button" disabled={!text.trim()} className="rounded-lg bg-blue-600 px-3 py-1 font-medium text-white disabled:bg-zinc-300">
          Save &amp; send
        </button>
      </div>
    </form>
  );
}
