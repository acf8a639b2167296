"use client";

import { useTranslations } from "next-intl";

/**
 * Said where a part of the app fetched on demand (a dialog, the editor, a panel) could not be
 * fetched: offline with its code not stored, or a deploy's old chunks gone. Plain markup on
 * purpose: it must not need a chunk of its own. Floating, as the dialog it stands for would;
 * `inline` sits where the part would have.
 */
export function PartUnavailable({ inline = false, onClose }: { inline?: boolean; onClose?: () => void }) {
  const t = useTranslations();
  return (
    <div
      role="alert"
      data-testid="part-unavailable"
      onKeyDown={(e) => e.key === "Escape" && onClose?.()}
      className={
        inline
          ? "my-2 flex items-center gap-3 rounded-lg bg-warning-soft px-3 py-2 text-sm text-warning-fg"
          : "fixed left-1/2 top-16 z-[60] flex w-max max-w-[calc(100vw-2rem)] -translate-x-1/2 items-center gap-3 rounded-xl bg-inverse px-4 py-2 text-sm text-on-inverse shadow-lg"
      }
    >
      <span>{t("ui.partUnavailable")}</span>
      {onClose && (
        // Focus comes here, where the dialog's would have gone: Enter or Escape closes it.
        <button type="button" data-testid="part-unavailable-close" autoFocus onClick={onClose} className="rounded font-semibold underline-offset-2 outline-none hover:underline focus-visible:ring-2 focus-visible:ring-ring">
          {t("common.close")}
        </button>
      )}
    </div>
  );
}
