"use client";

import { useLocale, useTimeZone } from "next-intl";
import { memo, useEffect, useRef, useState } from "react";
import type { StoredConversation } from "@/lib/store/persist/records";
import { DEFAULT_TITLE } from "@/lib/store/persist/titles";
import { useChatStore } from "@/lib/store/chat-store";
import { Thumbnail } from "./thumbnail";
import { lightButton, type ButtonProps } from "@/components/ui/button";
import { glyph, glyphs } from "@/components/ui/glyphs";
import { rowTime } from "@/lib/ui/row-time";
import { rescueFocus } from "@/components/chat/a11y/focus";
import { moveFocus, ROW_KEYS, stepRow } from "./history-keys";

/** An element made by the row, not a component of its own: one render fewer per row. */
function rowTimeElement(time: number, locale: string, timeZone: string | undefined) {
  return (
    <time data-testid="conversation-time" dateTime={new Date(time).toISOString()} className="block text-xs text-muted-fg">
      {rowTime(time, Date.now(), locale, timeZone)}
    </time>
  );
}

// Thousands of rows: plain buttons in the kit's look with a native title, not a tooltip and two
// components per button. Out of the tab order: a row is one tab stop, and the arrow keys reach
// its actions (rowKeys below).
const rowAction = { variant: "subtle", size: "icon-sm", tabIndex: -1 } as const;

/**
 * Arrow keys inside the history: Up/Down move to the same control of the next row (rows are
 * windowed, so the neighbours are looked up in the DOM), Left/Right walk the row's open button
 * and its actions, Home/End jump to the first or last row shown; Up from the first row goes back
 * to the search box (./history-keys.ts).
 */
function rowKeys(e: React.KeyboardEvent<HTMLDivElement>) {
  const target = e.target as HTMLElement;
  if (target.tagName === "INPUT") return;
  const row = e.currentTarget;
  const controls = [...row.querySelectorAll<HTMLElement>("[data-row-control]")];
  const at = controls.indexOf(target);
  if (at < 0) return;
  let next: HTMLElement | null | undefined;
  if (e.key === "ArrowRight") next = controls[at + 1];
  else if (e.key === "ArrowLeft") next = controls[at - 1];
  else if (ROW_KEYS.includes(e.key)) {
    const rows = [...(row.closest("[data-testid=conversation-list]")?.querySelectorAll<HTMLElement>("[data-testid=conversation-item]") ?? [])];
    next = stepRow(e.key, rows.map((r) => r.querySelector<HTMLElement>("[data-row-control]")), rows.indexOf(row));
  }
  moveFocus(e, next);
}

// Plain SVG made once (components/ui/glyphs.tsx): a row mounts no icon components, and re-rendering
// (it was picked, pinned) leaves its icons alone.
const icons = { rename: glyphs.pencil, pin: glyphs.pin, unpin: glyphs["pin-off"], remove: glyphs.trash };
const pinnedMark = glyph("pin", "mr-1 inline size-3.5 align-[-2px] text-muted-fg");

const openClass = "block min-w-0 flex-1 rounded hover:bg-transparent [&_svg]:size-3.5";

/** The row's words, translated once per list (./conversation-list.tsx), not by every row. */
export type RowLabels = Record<"titleInput" | "answering" | "pinned" | "untitled" | "rename" | "unpin" | "pinToTop" | "pin" | "delete", string>;

type RowProps = { conversation: StoredConversation; active: boolean; answering: boolean; onPick: (id: string) => void; labels: RowLabels };

/**
 * The list is read twice at startup (first screen, then all) and every read makes new objects:
 * a row re-renders only when something it shows changed.
 */
function sameRow(a: RowProps, b: RowProps): boolean {
  const x = a.conversation;
  const y = b.conversation;
  return (
    a.active === b.active &&
    a.answering === b.answering &&
    a.onPick === b.onPick &&
    a.labels === b.labels &&
    x.id === y.id &&
    x.title === y.title &&
    x.updatedAt === y.updatedAt &&
    x.pinned === y.pinned &&
    x.thumbnail?.attachmentId === y.thumbnail?.attachmentId
  );
}

/**
 * Where focus goes once a row is deleted (it was on the row's Delete): the next row, else the one
 * before, else the Undo offer, so a keyboard user is not sent back to the page's start.
 */
function focusAfterDelete(actions: HTMLElement): () => void {
  const item = actions.closest<HTMLElement>("[data-testid=conversation-item]");
  if (!item?.contains(document.activeElement)) return () => undefined;
  const rows = [...(item.closest("[data-testid=conversation-list]")?.querySelectorAll<HTMLElement>("[data-testid=conversation-item]") ?? [])];
  const i = rows.indexOf(item);
  const neighbour = (rows[i + 1] ?? rows[i - 1])?.querySelector<HTMLElement>("[data-row-control]");
  return () =>
    rescueFocus(() => {
      if (neighbour?.isConnected) neighbour.focus();
      else document.querySelector<HTMLElement>('[data-testid="undo-button"]')?.focus();
    });
}

export const ConversationRow = memo(function ConversationRow({ conversation, active, answering, onPick, labels: t }: RowProps) {
  const locale = useLocale();
  const timeZone = useTimeZone();
  const [renaming, setRenaming] = useState(false);
  const row = useRef<HTMLDivElement>(null);
  // Enter or Escape in the title field gives focus back to Rename (a blur went elsewhere itself).
  const refocus = useRef(false);
  useEffect(() => {
    if (renaming || !refocus.current) return;
    refocus.current = false;
    row.current?.querySelector<HTMLElement>('[data-action="rename"]')?.focus();
  }, [renaming]);
  const { id, title, updatedAt, pinned, thumbnail } = conversation;
  const rename = (to: string) => {
    useChatStore.getState().rename(id, to);
    setRenaming(false);
  };
  // One handler for the row's actions (no closure per button).
  const act = (e: React.MouseEvent<HTMLDivElement>) => {
    const action = (e.target as Element).closest<HTMLElement>("[data-action]")?.dataset.action;
    const s = useChatStore.getState();
    if (action === "rename") setRenaming(true);
    else if (action === "pin") s.togglePin(id);
    else if (action === "delete") {
      const next = focusAfterDelete(e.currentTarget);
      void s.deleteConversation(id).then(next);
    }
  };
  return (
    <div
      ref={row}
      data-testid="conversation-item"
      data-id={id}
      data-pinned={pinned ? "true" : "false"}
      aria-current={active ? "page" : undefined}
      onKeyDown={rowKeys}
      className={`group relative flex h-[52px] items-center gap-2 rounded-lg px-2 ${active ? "bg-muted-strong" : "hover:bg-muted md:focus-within:bg-muted"}`}
    >
      {thumbnail && <Thumbnail conversationId={id} attachmentId={thumbnail.attachmentId} />}
      {renaming ? (
        <form
          className="min-w-0 flex-1"
          onSubmit={(e) => {
            e.preventDefault();
            refocus.current = true;
            rename(String(new FormData(e.currentTarget).get("title") ?? ""));
          }}
        >
          <input
            name="title"
            data-testid="rename-input"
            aria-label={t.titleInput}
            defaultValue={title}
            autoFocus
            onBlur={(e) => !refocus.current && rename(e.currentTarget.value)}
            onKeyDown={(e) => {
              if (e.key !== "Escape") return;
              refocus.current = true;
              setRenaming(false);
            }}
            className="w-full rounded border border-line-strong bg-transparent px-1 py-0.5 text-sm outline-none focus-visible:ring-2 focus-visible:ring-ring"
          />
        </form>
      ) : (
        lightButton({
          variant: "item",
          size: "inline",
          "data-testid": "conversation-open",
          "data-row-control": true,
          "aria-describedby": "history-row-keys",
          onClick: () => onPick(id),
          className: openClass,
          children: (
            <>
              <span data-testid="conversation-title" className="block truncate text-sm">
                {/* The mark is seen; its word is heard, apart from the title ("Pinned, Holiday plans"). */}
                {pinned && pinnedMark}
                {pinned && <span className="sr-only">{`${t.pinned}, `}</span>}
                {/* The stored placeholder title is English: show it in the reader's words. */}
                {title === DEFAULT_TITLE ? t.untitled : title}
              </span>
              {/* An answer going on in the background (lib/chat/turn-runner.ts): said in place of the time. */}
              {answering ? (
                <span data-testid="conversation-answering" className="block animate-pulse text-xs text-link">
                  {t.answering}
                </span>
              ) : (
                rowTimeElement(updatedAt, locale, timeZone)
              )}
            </>
          ),
        } as ButtonProps)
      )}
      {/* On a wide screen the actions float over the title's end, shown on hover or focus: laid out
          beside it they took a third of the row from the title while invisible. */}
      <div onClick={act} className={`flex shrink-0 items-center md:opacity-0 md:group-focus-within:opacity-100 md:group-hover:opacity-100 ${renaming ? "" : `md:absolute md:inset-y-1 md:right-1 md:rounded-md md:pl-1 md:before:absolute md:before:inset-y-0 md:before:-left-4 md:before:w-4 md:before:pointer-events-none md:before:bg-linear-to-r md:before:from-transparent ${active ? "md:bg-muted-strong md:before:to-muted-strong" : "md:bg-muted md:before:to-muted"}`}`}>
        {lightButton({ ...rowAction, "data-action": "rename", "data-testid": "rename-button", "data-row-control": true, title: t.rename, "aria-label": t.rename, children: icons.rename } as ButtonProps)}
        {lightButton({ ...rowAction, "data-action": "pin", "data-testid": "pin-button", "data-row-control": true, title: pinned ? t.unpin : t.pinToTop, "aria-label": pinned ? t.unpin : t.pin, "aria-pressed": !!pinned, children: pinned ? icons.unpin : icons.pin } as ButtonProps)}
        {lightButton({ ...rowAction, "data-action": "delete", "data-testid": "delete-button", "data-row-control": true, title: t.delete, "aria-label": t.delete, children: icons.remove } as ButtonProps)}
      </div>
    </div>
  );
}, sameRow);
