"use client";

import { useTranslations } from "next-intl";
import { useChatStore } from "@/lib/store/chat-store";
import { downloadBlob } from "@/lib/ui/download";
import { Button } from "@/components/ui/button";

/** Some stored records failed validation and were set aside; the app works, and they can be exported. */
export function QuarantineNotice() {
  const t = useTranslations("chat");
  const count = useChatStore((s) => s.quarantined);
  const dismissed = useChatStore((s) => s.quarantineDismissed);
  const dismiss = useChatStore((s) => s.dismissQuarantine);
  if (!count || dismissed) return null;
  return (
    <div role="status" data-testid="quarantine-notice" className="mx-3 mt-2 flex flex-wrap items-center gap-2 rounded-xl border border-line-strong bg-subtle px-3 py-2 text-sm short:mt-1 short:py-1">
      <span className="min-w-0 flex-1">
        {t("quarantined", { count })}
      </span>
      <Button
        variant="secondary"
        size="sm"
        data-testid="export-quarantine-button"
        onClick={async () => downloadBlob(new Blob([await (await import("@/lib/store/persist/quarantine")).exportQuarantineJson()], { type: "application/json" }), "glm-chat-damaged-records.json")}
        className="text-sm"
      >
        {t("exportThem")}
      </Button>
      <Button size="icon-sm" data-testid="quarantine-dismiss" onClick={dismiss} aria-label={t("dismiss")}>
        ✕
      </Button>
    </div>
  );
}
