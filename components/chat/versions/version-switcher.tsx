"use client";

import { ChevronLeft, ChevronRight } from "lucide-react";
import { useTranslations } from "next-intl";
import { IconButton } from "@/components/ui/icon-button";
import type { VersionInfo } from "@/lib/chat/tree";
import { useChatStore } from "@/lib/store/chat-store";

/** `‹ 1/2 ›` on a message that has versions; switching shows that version and the branch after it. */
export function VersionSwitcher({ version }: { version: VersionInfo }) {
  const t = useTranslations("versions");
  const busy = useChatStore((s) => s.streamingId !== null);
  const show = (id?: string) => id && useChatStore.getState().showVersion(id);
  return (
    <div role="group" aria-label={t("group", { index: version.index, count: version.count })} data-testid="version-switcher" className="flex items-center text-xs text-muted-fg">
      <IconButton size="icon-sm" data-testid="version-prev" label={t("previous")} icon={<ChevronLeft aria-hidden />} disabled={busy || !version.prevId} onClick={() => show(version.prevId)} variant="subtle" />
      <span data-testid="version-label" className="min-w-8 text-center tabular-nums">
        {version.index}/{version.count}
      </span>
      <IconButton size="icon-sm" data-testid="version-next" label={t("next")} icon={<ChevronRight aria-hidden />} disabled={busy || !version.nextId} onClick={() => show(version.nextId)} variant="subtle" />
    </div>
  );
}
