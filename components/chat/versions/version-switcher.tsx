"use client";

import { ChevronLeft, ChevronRight } from "lucide-react";
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { IconButton } from "@/components/ui/icon-button";
import type { VersionInfo } from "@/lib/chat/tree";
import { useChatStore } from "@/lib/store/chat-store";

/** `‹ 1/2 ›` on a message that has versions; switching shows that version and the branch after it. */
export function VersionSwitcher({ version }: { version: VersionInfo }) {
  const t = useTranslations("versions");
  const busy = useChatStore((s) => s.streamingId !== null);
  // aria-disabled, not disabled: a keyboard user stepping to the first or last version keeps focus here.
  const step = (id: string | undefined, label: string, testId: string, icon: ReactNode) => (
    <IconButton
      size="icon-sm"
      variant="subtle"
      data-testid={testId}
      label={label}
      // Per message, so possibly hundreds: a native title, not a tooltip component each (as in the history list).
      tooltip={false}
      title={label}
      icon={icon}
      aria-disabled={busy || !id}
      onClick={() => !busy && id && useChatStore.getState().showVersion(id)}
      className="aria-disabled:cursor-not-allowed aria-disabled:opacity-50 aria-disabled:hover:bg-transparent"
    />
  );
  return (
    <div role="group" aria-label={t("group", { index: version.index, count: version.count })} data-testid="version-switcher" className="flex items-center text-xs text-muted-fg">
      {step(version.prevId, t("previous"), "version-prev", <ChevronLeft aria-hidden />)}
      <span data-testid="version-label" className="min-w-8 text-center tabular-nums">
        {version.index}/{version.count}
      </span>
      {step(version.nextId, t("next"), "version-next", <ChevronRight aria-hidden />)}
    </div>
  );
}
