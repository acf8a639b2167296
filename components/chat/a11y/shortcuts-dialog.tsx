"use client";

import { useTranslations } from "next-intl";
import { Dialog } from "@/components/ui/dialog";
import { SHORTCUTS, shortcutCaps } from "@/lib/ui/shortcuts";
import { focusComposerIfLost } from "./focus";
import { isMac } from "./use-shortcuts";

/**
 * The sheet Ctrl+/ (⌘/ on a Mac) opens: every shortcut with its keys. Opened from Settings
 * (`returnToComposer`), the link that opened it went with Settings, and what had focus as the sheet
 * opened depends on timing (<body>, or the Settings button as Settings closed): closing it puts
 * focus in the message box, as closing it after Ctrl+/ from there does.
 */
export function ShortcutsDialog({ onClose, returnToComposer = false }: { onClose: () => void; returnToComposer?: boolean }) {
  const t = useTranslations("shortcuts");
  const mac = isMac();
  return (
    <Dialog testId="shortcuts-dialog" title={t("title")} description={t("escape")} onClose={onClose} returnFocus={returnToComposer ? focusComposerIfLost : undefined}>
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
