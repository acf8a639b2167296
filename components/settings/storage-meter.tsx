"use client";

import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { useFormatBytes } from "@/components/ui/use-format-bytes";
import { storageEstimate, type StorageReport } from "@/lib/store/persist";
import { useChatStore } from "@/lib/store/chat-store";
import { Button } from "@/components/ui/button";

/** Usage per conversation, largest first, with the actions that free space. */
export function StorageMeter({ limit = 50, refreshKey = 0 }: { limit?: number; refreshKey?: number }) {
  const t = useTranslations("storage");
  const formatBytes = useFormatBytes();
  const [report, setReport] = useState<StorageReport | null>(null);
  const [tick, setTick] = useState(0);
  const remove = useChatStore((s) => s.deleteConversation);
  const dropAttachments = useChatStore((s) => s.dropAttachmentsOf);
  // The list changes before its writes land (an Undo shows the chat, then writes it back): measure
  // once the write queue has drained, so a chat put back while Settings is open is counted again.
  const conversations = useChatStore((s) => s.conversations);
  const writesSettled = useChatStore((s) => s.retryWrites);
  useEffect(() => {
    let live = true;
    writesSettled()
      .then(() => storageEstimate())
      .then((r) => live && setReport(r))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [tick, refreshKey, conversations, writesSettled]);
  if (!report) return <p className="text-sm text-muted-fg">{t("measuring")}</p>;
  const max = Math.max(1, ...report.conversations.map((c) => c.bytes));
  const after = (p: Promise<unknown>) => void p.then(() => setTick((t) => t + 1));
  return (
    <div data-testid="storage-meter" className="space-y-2">
      <p className="text-sm" data-testid="storage-total">
        {t("conversationsUse", { size: formatBytes(report.totalBytes) })}
        {report.usage !== undefined && report.quota !== undefined && t("siteUses", { used: formatBytes(report.usage), quota: formatBytes(report.quota) })}
      </p>
      <ul className="max-h-64 space-y-1 overflow-y-auto">
        {report.conversations.slice(0, limit).map((c) => (
          <li key={c.id} data-testid="storage-row" data-id={c.id} data-bytes={c.bytes} data-media-bytes={c.attachmentBytes} className="text-xs">
            <div className="flex items-center gap-2">
              <span className="min-w-0 flex-1 truncate">{c.title || t("untitled")}</span>
              <span className="tabular-nums text-muted-fg">{formatBytes(c.bytes)}</span>
              {c.attachmentBytes > 0 && (
                <Button size="xs" data-testid="drop-attachments-button" className="px-1 font-normal hover:bg-muted-strong" title={t("removeMediaTitle")} onClick={() => after(dropAttachments(c.id))}>
                  {t("removeMedia")}
                </Button>
              )}
              <Button variant="danger-ghost" size="xs" data-testid="free-delete-button" className="px-1 font-normal" onClick={() => after(remove(c.id))}>
                {t("delete")}
              </Button>
            </div>
            <div className="mt-0.5 h-1.5 rounded bg-muted-strong">
              <div className="h-1.5 rounded bg-primary" style={{ width: `${(c.bytes / max) * 100}%` }} />
            </div>
          </li>
        ))}
      </ul>
    </div>
  );
}
