"use client";

import { useTranslations } from "next-intl";
import { Dialog } from "@/components/ui/dialog";
import { SHORTCUTS, shortcutCaps } from "@/lib/ui/shortcuts";
import { isMac } from "./use-shortcuts";

/** The sheet Ctrl+/ (⌘/ on a Mac) opens: every shortcut with its keys. */
export function ShortcutsDialog({ onClose }: { onClose: () => void }) {
  const t = useTranslations("shortcuts");
  const mac = isMac();
  return (
    <Dialog testId="shortcuts-dialog" title={t("title")} description={t("escape")} onClose={onClose}>
      <dl className="divide-y divide-line">
        {SHORTCUTS.map((s) => (
          <div key={s.action} data-testid={`shortcut-${s.action}`} className="flex items-center justify-between gap-4 py-2">
            <dt>{t(s.action)}</dt>
            <dd className="flex shrink-0 gap-1">
              {shortcutCaps(s, mac).map((cap) => (
                <kbd key={cap} className="min-w-7 rounded-md border border-line-strong bg-muted px-1.5 py-0.5 text-center font-mono text-xs">
                  {cap}
                </kbd>
              ))}
            </dd>
          </div>
        ))}
      </dl>
    </Dialog>
  );
}
