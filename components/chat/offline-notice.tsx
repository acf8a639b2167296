"use client";

import { useTranslations } from "next-intl";
import { useOnline } from "@/components/ui/use-online";

/**
 * Said as soon as the browser goes offline, not only when a send fails: saved chats keep opening
 * (the service worker serves the app), answers need the network.
 */
export function OfflineNotice() {
  const t = useTranslations("offline");
  if (useOnline()) return null;
  return (
    <p role="status" data-testid="offline-notice" className="mx-3 mt-2 rounded-xl border border-warning-line bg-warning-soft px-3 py-2 text-sm text-warning-fg short:mt-1 short:py-1">
      {t("notice")}
    </p>
  );
}
