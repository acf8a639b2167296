"use client";

import { useState } from "react";
import type { StoredConversation } from "@/lib/store/persist";
import { useChatStore } from "@/lib/store/chat-store";
import { Thumbnail } from "./thumbnail";

const timeFormat = new Intl.DateTimeFormat(undefined, { hour: "2-digit", minute: "2-digit" });
const dateFormat = new Intl.DateTimeFormat(undefined, { month: "short", day: "numeric" });

export function formatRowTime(time: number, now = Date.now()): string {
  return now - time < 86_400_000 && new Date(time).getDate() === new Date(now).getDate() ? timeFormat.format(time) : dateFormat.format(time);
}

const iconButton = "rounded p-1 text-xs text-zinc-500 hover:bg-zinc-200 hover:text-zinc-900 dark:hover:bg-zinc-700 dark:hover:text-zinc-100";

export function ConversationRow({ conversation, active, onPick }: { conversation: StoredConversation; active: boolean; onPick: (id: string) => void }) {
  const [renaming, setRenaming] = useState(false);
  const rename = useChatStore((s) => s.rename);
  const togglePin = useChatStore((s) => s.togglePin);
  const remove = useChatStore((s) => s.deleteConversation);
  const { id, title, updatedAt, pinned, thumbnail } = conversation;
  return (
    <div
      data-testid="conversation-item"
      data-id={id}
      data-pinned={pinned ? "true" : "false"}
      aria-current={active ? "page" : undefined}
      className={`group flex h-[52px] items-center gap-2 rounded-lg px-2 ${active ? "bg-zinc-200 dark:bg-zinc-800" : "hover:bg-zinc-100 dark:hover:bg-zinc-800/60"}`}
    >
      {thumbnail && <Thumbnail conversationId={id} attachmentId={thumbnail.attachmentId} />}
      {renaming ? (
        <form
          className="min-w-0 flex-1"
          onSubmit={(e) => {
            e.preventDefault();
            rename(id, String(new FormData(e.currentTarget).get("title") ?? ""));
            setRenaming(false);
          }}
        >
          <input
            name="title"
            data-testid="rename-input"
            aria-label="Conversation title"
            defaultValue={title}
            autoFocus
            onBlur={(e) => {
              rename(id, e.currentTarget.value);
              setRenaming(false);
            }}
            onKeyDown={(e) => e.key === "Escape" && setRenaming(false)}
            className="w-full rounded border border-zinc-300 bg-transparent px-1 py-0.5 text-sm dark:border-zinc-600"
          />
        </form>
      ) : (
        <button type="button" data-testid="conversation-open" onClick={() => onPick(id)} className="min-w-0 flex-1 text-left">
          <span data-testid="conversation-title" className="block truncate text-sm">
            {pinned && <span aria-label="Pinned">📌 </span>}
            {title}
          </span>
          <span className="block text-xs text-zinc-500">{formatRowTime(updatedAt)}</span>
        </button>
      )}
      <div className="flex shrink-0 items-center md:opacity-0 md:group-focus-within:opacity-100 md:group-hover:opacity-100">
        <button type="button" data-testid="rename-button" title="Rename" aria-label="Rename" className={iconButton} onClick={() => setRenaming(true)}>
          ✎
        </button>
        <button type="button" data-testid="pin-button" title={pinned ? "Unpin" : "Pin to top"} aria-label={pinned ? "Unpin" : "Pin"} aria-pressed={!!pinned} className={iconButton} onClick={() => togglePin(id)}>
          {pinned ? "⊘" : "⚲"}
        </button>
        <button type="button" data-testid="delete-button" title="Delete" aria-label="Delete" className={iconButton} onClick={() => void remove(id)}>
          🗑
        </button>
      </div>
    </div>
  );
}
