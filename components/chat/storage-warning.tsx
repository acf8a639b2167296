"use client";

import { useTranslations } from "next-intl";
import { useFormatBytes } from "@/components/ui/use-format-bytes";
import { useChatStore } from "@/lib/store/chat-store";
import { StorageMeter } from "@/components/settings/storage-meter";

/** Storage is full: say so, show what uses the space, offer to free it; queued writes land afterwards. */
export function StorageWarning() {
  const t = useTranslations("storage");
  const formatBytes = useFormatBytes();
  const warning = useChatStore((s) => s.storageWarning);
  const pending = useChatStore((s) => s.pendingWrites);
  const retry = useChatStore((s) => s.retryWrites);
  if (!warning) return null;
  return (
    <div role="alert" data-testid="storage-warning" className="mx-3 mt-2 space-y-2 rounded-xl border border-warning-line bg-warning-soft p-3 text-sm text-warning-fg">
      <p className="font-semibold">{t("full")}</p>
      <p>
        {t("fullReason")}
        {t("fullBody", {
          usage: warning.usage !== undefined && warning.quota !== undefined ? formatBytes(warning.usage) : "none",
          quota: warning.quota !== undefined ? formatBytes(warning.quota) : "",
          pending,
        })}
      </p>
      <StorageMeter limit={5} />
      <button type="button" data-testid="storage-retry-button" onClick={() => void retry()} className="rounded-lg border border-warning-line px-3 py-1 font-medium hover:bg-warning-soft">
        {t("retry")}
      </button>
    </div>
  );
}
