"use client";

import { useTranslations } from "next-intl";
import { useCallback, useEffect, useMemo } from "react";
import type { StoredConversation } from "@/lib/store/persist/records";
import { groupByDate, type DateGroupKey } from "@/lib/store/persist/titles";
import { useChatStore } from "@/lib/store/chat-store";
import { ConversationRow, type RowLabels } from "./conversation-row";
import { VirtualList } from "./virtual-list";

type Row = { kind: "header"; key: string; group: DateGroupKey } | { kind: "item"; key: string; conversation: StoredConversation };

const rowHeight = (row: Row) => (row.kind === "header" ? 30 : 54);
const rowKey = (row: Row) => row.key;

/** Pinned / Today / Yesterday / Previous 7 days / Older, windowed. */
export function ConversationList({ onPick }: { onPick: (id: string) => void }) {
  const t = useTranslations("sidebar");
  const conversations = useChatStore((s) => s.conversations);
  const loaded = useChatStore((s) => s.listLoaded);
  const activeId = useChatStore((s) => (s.saved ? s.conversation.id : null));
  const answeringHere = useChatStore((s) => s.answering);
  const answeringInOtherTabs = useChatStore((s) => s.answeringInOtherTabs);
  // Marked the same wherever the answer runs: in this tab or in another tab of this browser.
  const answering = useMemo(() => new Set([...answeringHere, ...answeringInOtherTabs]), [answeringHere, answeringInOtherTabs]);
  const labels = useMemo<RowLabels>(
    () => ({
      titleInput: t("titleInput"), answering: t("answering"), pinned: t("pinned"), untitled: t("untitled"), rename: t("rename"),
      unpin: t("unpin"), pinToTop: t("pinToTop"), pin: t("pin"), delete: t("delete"),
    }),
    [t],
  );
  const rows = useMemo(() => {
    const out: Row[] = [];
    for (const group of groupByDate(conversations, Date.now())) {
      out.push({ kind: "header", key: `h:${group.key}`, group: group.key });
      for (const c of group.conversations) out.push({ kind: "item", key: c.id, conversation: c });
    }
    return out;
  }, [conversations]);

  const hasRows = rows.length > 0;
  useEffect(() => {
    // Benchmark marks (e2e/bench/persistence.bench.ts): first rows on screen, then the full list.
    if (hasRows && !performance.getEntriesByName("glm:sidebar-first-rows").length) performance.mark("glm:sidebar-first-rows");
    if (loaded && hasRows) performance.mark("glm:sidebar-rendered");
  }, [loaded, hasRows]);

  const renderRow = useCallback(
    (row: Row) =>
      row.kind === "header" ? (
        <h2 data-testid="history-group" className="px-2 pb-1 pt-3 text-xs font-semibold uppercase tracking-wide text-muted-fg">
          {t(`groups.${row.group}`)}
        </h2>
      ) : (
        <ConversationRow conversation={row.conversation} active={row.conversation.id === activeId} answering={answering.has(row.conversation.id)} onPick={onPick} labels={labels} />
      ),
    [activeId, answering, onPick, t, labels],
  );

  // flex-1 as the list's own box is: the footer (Settings) stays at the bottom of the column.
  if (loaded && !rows.length) return <p data-testid="history-empty" className="min-h-0 flex-1 px-4 py-6 text-sm text-muted-fg">{t("empty")}</p>;
  return <VirtualList items={rows} rowHeight={rowHeight} rowKey={rowKey} renderRow={renderRow} testId="conversation-list" attributes={{ "data-count": String(conversations.length) }} />;
}
