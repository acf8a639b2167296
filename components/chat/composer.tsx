"use client";

import { useRef, useState } from "react";
import { useChatStore } from "@/lib/store/chat-store";

/** Enter sends, Shift+Enter is a newline; the draft is only cleared once it has been handed over. */
export function Composer() {
  const [draft, setDraft] = useState("");
  const send = useChatStore((s) => s.send);
  const stop = useChatStore((s) => s.stop);
  const streaming = useChatStore((s) => s.streamingId !== null);
  const ref = useRef<HTMLTextAreaElement>(null);
  const canSend = draft.trim().length > 0 && !streaming;

  const submit = () => {
    if (!canSend) return;
    send(draft);
    setDraft("");
    ref.current?.focus();
  };

  return (
    <form
      className="mx-auto flex w-full max-w-3xl items-end gap-2 rounded-2xl border border-zinc-300 bg-white p-2 shadow-sm dark:border-zinc-700 dark:bg-zinc-900"
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <label className="sr-only" htmlFor="composer">
        Message
      </label>
      <textarea
        id="composer"
        ref={ref}
        data-testid="composer"
        value={draft}
        rows={1}
        placeholder="Message GLM…  (Enter to send, Shift+Enter for a new line)"
        onChange={(e) => setDraft(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === "Enter" && !e.shiftKey && !e.nativeEvent.isComposing) {
            e.preventDefault();
            submit();
          }
        }}
        className="field-sizing-content max-h-60 min-h-10 flex-1 resize-none bg-transparent px-2 py-2 text-base outline-none placeholder:text-zinc-400"
      />
      {streaming ? (
        <button type="button" data-testid="stop-button" onClick={stop} className="rounded-xl bg-zinc-900 px-4 py-2 text-sm font-medium text-white dark:bg-zinc-100 dark:text-zinc-900">
          Stop
        </button>
      ) : (
        <button type="submit" data-testid="send-button" disabled={!canSend} className="rounded-xl bg-blue-600 px-4 py-2 text-sm font-medium text-white hover:bg-blue-700 disabled:cursor-not-allowed disabled:bg-zinc-300 dark:disabled:bg-zinc-700">
          Send
        </button>
      )}
    </form>
  );
}
