"use client";

import { Pencil, Pin, PinOff, Trash2 } from "lucide-react";
import { useFormatter, useTranslations } from "next-intl";
import { useState } from "react";
import { IconButton } from "@/components/ui/icon-button";
import type { StoredConversation } from "@/lib/store/persist/records";
import { DEFAULT_TITLE } from "@/lib/store/persist/titles";
import { useChatStore } from "@/lib/store/chat-store";
import { Thumbnail } from "./thumbnail";
import { Button } from "@/components/ui/button";

/** Today's rows show the time, older ones the day, in the reader's language ("14:05", "Dec 1" / "12月1日"). */
function RowTime({ time }: { time: number }) {
  const format = useFormatter();
  const now = Date.now();
  const today = now - time < 86_400_000 && new Date(time).getDate() === new Date(now).getDate();
  return (
    <time data-testid="conversation-time" dateTime={new Date(time).toISOString()} className="block text-xs text-muted-fg">
      {format.dateTime(time, today ? { hour: "2-digit", minute: "2-digit" } : { month: "short", day: "numeric" })}
    </time>
  );
}

// Thousands of rows: a native title, not a tooltip component per button.
const rowAction = { size: "icon-sm", tooltip: false, className: "text-muted-fg hover:bg-muted-strong hover:text-fg" } as const;

export function ConversationRow({ conversation, active, onPick }: { conversation: StoredConversation; active: boolean; onPick: (id: string) => void }) {
  const t = useTranslations("sidebar");
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
      className={`group flex h-[52px] items-center gap-2 rounded-lg px-2 ${active ? "bg-muted-strong" : "hover:bg-muted"}`}
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
            aria-label={t("titleInput")}
            defaultValue={title}
            autoFocus
            onBlur={(e) => {
              rename(id, e.currentTarget.value);
              setRenaming(false);
            }}
            onKeyDown={(e) => e.key === "Escape" && setRenaming(false)}
            className="w-full rounded border border-line-strong bg-transparent px-1 py-0.5 text-sm outline-none focus-visible:ring-2 focus-visible:ring-ring"
          />
        </form>
      ) : (
        <Button variant="item" size="inline" data-testid="conversation-open" onClick={() => onPick(id)} className="block min-w-0 flex-1 rounded hover:bg-transparent [&_svg]:size-3.5">
          <span data-testid="conversation-title" className="block truncate text-sm">
            {pinned && <Pin aria-label={t("pinned")} className="mr-1 inline size-3.5 align-[-2px] text-muted-fg" />}
            {/* The stored placeholder title is English: show it in the reader's words. */}
            {title === DEFAULT_TITLE ? t("untitled") : title}
          </span>
          <RowTime time={updatedAt} />
        </Button>
      )}
      <div className="flex shrink-0 items-center md:opacity-0 md:group-focus-within:opacity-100 md:group-hover:opacity-100">
        <IconButton {...rowAction} data-testid="rename-button" title={t("rename")} label={t("rename")} icon={<Pencil aria-hidden />} onClick={() => setRenaming(true)} />
        <IconButton {...rowAction} data-testid="pin-button" title={pinned ? t("unpin") : t("pinToTop")} label={pinned ? t("unpin") : t("pin")} aria-pressed={!!pinned} icon={pinned ? <PinOff aria-hidden /> : <Pin aria-hidden />} onClick={() => togglePin(id)} />
        <IconButton {...rowAction} data-testid="delete-button" title={t("delete")} label={t("delete")} icon={<Trash2 aria-hidden />} onClick={() => void remove(id)} />
      </div>
    </div>
  );
}
