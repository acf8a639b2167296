"use client";

import { ChevronLeft, ChevronRight } from "lucide-react";
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { lightButton, type ButtonProps } from "@/components/ui/button";
import type { VersionInfo } from "@/lib/chat/tree";
import { turnBusy, useChatStore } from "@/lib/store/chat-store";

// Per message, so possibly hundreds: plain buttons in the kit's look with a native title, not a
// tooltip and two components each (as in the history list).
const stepClass = "aria-disabled:cursor-not-allowed aria-disabled:opacity-50 aria-disabled:hover:bg-transparent";
const prevIcon = <ChevronLeft aria-hidden />;
const nextIcon = <ChevronRight aria-hidden />;

/** `‹ 1/2 ›` on a message that has versions; switching shows that version and the branch after it. */
export function VersionSwitcher({ version }: { version: VersionInfo }) {
  const t = useTranslations("versions");
  const busy = useChatStore(turnBusy);
  // aria-disabled, not disabled: a keyboard user stepping to the first or last version keeps focus here.
  const step = (id: string | undefined, label: string, testId: string, icon: ReactNode) => (
    lightButton({ variant: "subtle", size: "icon-sm", className: stepClass, "data-testid": testId, "aria-label": label, title: label, "aria-disabled": busy || !id, onClick: () => !busy && id && useChatStore.getState().showVersion(id), children: icon } as ButtonProps)
  );
  return (
    <div role="group" aria-label={t("group", { index: version.index, count: version.count })} data-testid="version-switcher" className="flex items-center text-xs text-muted-fg">
      {step(version.prevId, t("previous"), "version-prev", prevIcon)}
      <span data-testid="version-label" className="min-w-8 text-center tabular-nums">
        {version.index}/{version.count}
      </span>
      {step(version.nextId, t("next"), "version-next", nextIcon)}
    </div>
  );
}
