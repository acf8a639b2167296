"use client";

import { CopyButton } from "@/components/markdown/copy-button";
import { stripMarkup } from "@/lib/glm/strip-markup";
import type { ChatMessage } from "@/lib/chat/message";
import { useChatStore } from "@/lib/store/chat-store";

const button = "rounded px-1.5 py-0.5 text-xs text-zinc-500 hover:bg-zinc-100 hover:text-zinc-900 disabled:opacity-40 dark:hover:bg-zinc-800 dark:hover:text-zinc-100";

/** Copy / edit / regenerate / delete under a message, and Continue / Retry for an interrupted answer. */
export function MessageActions({ message }: { message: ChatMessage }) {
  const busy = useChatStore((s) => s.streamingId !== null);
  if (message.status === "streaming") return null;
  const s = useChatStore.getState;
  const user = message.role === "user";
  return (
    <div className={user ? "self-end" : ""}>
      {message.status === "interrupted" && (
        <div data-testid="interrupted-badge" className="mt-2 flex flex-wrap items-center gap-2 rounded-xl border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950 dark:border-amber-800 dark:bg-amber-950/40 dark:text-amber-100">
          <span className="font-semibold">Interrupted</span>
          <span className="min-w-0 flex-1">{message.error?.message ?? "This answer stopped when the page closed. What arrived is kept."}</span>
          <button type="button" data-testid="continue-button" disabled={busy} onClick={() => s().continueAnswer(message.id)} className="rounded-lg border border-amber-400 px-2 py-0.5 font-medium hover:bg-amber-100 disabled:opacity-50 dark:border-amber-700">
            Continue
          </button>
          <button type="button" data-testid="retry-button" disabled={busy} onClick={() => s().retry(message.id)} className="rounded-lg border border-amber-400 px-2 py-0.5 font-medium hover:bg-amber-100 disabled:opacity-50 dark:border-amber-700">
            Retry
          </button>
        </div>
      )}
      <div data-testid="message-actions" className={`mt-1 flex gap-1 ${user ? "justify-end" : ""}`}>
        <CopyButton testId="copy-message-button" label="Copy" text={() => (user ? message.content : stripMarkup(message.content))} />
        {user ? (
          <button type="button" data-testid="edit-message-button" disabled={busy} className={button} onClick={() => s().setEditing(message.id)}>
            Edit
          </button>
        ) : (
          <button type="button" data-testid="regenerate-button" disabled={busy} className={button} onClick={() => s().regenerate(message.id)}>
            Regenerate
          </button>
        )}
        <button type="button" data-testid="delete-message-button" disabled={busy} className={button} onClick={() => s().deleteMessage(message.id)}>
          Delete
        </button>
      </div>
    </div>
  );
}
