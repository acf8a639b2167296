"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { useChatStore } from "@/lib/store/chat-store";
import { lazyPart } from "@/components/ui/lazy-part";
import { Button } from "@/components/ui/button";
import { isWide } from "@/lib/ui/wide";
import { exportConversation } from "./export-conversation";
import { useLeaveGuard } from "./use-leave-guard";

// Only when storage is full.
const StorageMeter = lazyPart(() => import("@/components/settings/storage-meter").then((m) => m.StorageMeter), { inline: true });

/** Storage is full: say so, show what uses the space, offer to free it; queued writes land afterwards. */
export function StorageWarning() {
  const t = useTranslations("storage");
  const warning = useChatStore((s) => s.storageWarning);
  const pending = useChatStore((s) => s.pendingWrites);
  const retry = useChatStore((s) => s.retryWrites);
  const chatSaved = useChatStore((s) => s.saved);
  // On a phone the list of what uses the space starts folded: open, it covered the conversation.
  const [wide] = useState(() => typeof window !== "undefined" && isWide());
  // The waiting writes live only in this tab's memory: a reload would drop them unasked.
  useLeaveGuard(Boolean(warning) && pending > 0);
  if (!warning) return null;
  return (
    <div role="alert" data-testid="storage-warning" className="mx-3 mt-2 space-y-2 rounded-xl border border-warning-line bg-warning-soft p-3 text-sm text-warning-fg short:mt-1 short:space-y-1 short:p-2">
      <p className="font-semibold">{t("full")}</p>
      {/* How much the site uses, and of what, is the meter's first line. */}
      <p>{t("fullBody", { pending })}</p>
      <details data-testid="storage-details" open={wide}>
        <summary className="cursor-pointer font-medium">{t("whatUsesSpace")}</summary>
        <div className="mt-2">
          <StorageMeter limit={5} />
        </div>
      </details>
      <div className="flex flex-wrap gap-2">
        <Button variant="warning-outline" size="sm" data-testid="storage-retry-button" onClick={() => void retry()} className="px-3 text-sm">
          {t("retry")}
        </Button>
        {/* What waits is in this tab alone: a file keeps it (the open chat as shown) whatever happens to the tab. */}
        {pending > 0 && chatSaved && (
          <Button
            variant="warning-outline"
            size="sm"
            data-testid="storage-export-button"
            onClick={() => {
              const { id, title } = useChatStore.getState().conversation;
              void exportConversation("json", id, title);
            }}
            className="px-3 text-sm"
          >
            {t("exportWaiting")}
          </Button>
        )}
      </div>
    </div>
  );
}
