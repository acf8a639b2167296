"use client";

import { Toast as T } from "radix-ui";
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";

/** Where toasts appear (one per app); F8 moves focus to them, as Radix does. */
export function ToastProvider({ children }: { children: ReactNode }) {
  const t = useTranslations("ui");
  return (
    <T.Provider swipeDirection="up" label={t("notifications")}>
      {children}
      {/* Under the header: above the composer it covered the composer's edge and its settings line,
          and a composer grown to several lines rose under it. On a phone, where deleting happens in
          the history drawer, under the header covered the drawer's search box and newest rows: it
          sits just above the composer's dock there (its settings and usage lines included, however
          tall it has grown), anchored to it; a fixed offset covered the usage line. Without anchor
          positioning, the fixed offset. Above dialogs, and clickable while one holds the page inert:
          deleting a chat in Settings offers its Undo there (behind the backdrop, one click only
          closed Settings; on a phone the sheet hid it). */}
      <T.Viewport label={t("notificationsRegion")} className="toast-viewport pointer-events-auto fixed top-16 max-sm:top-auto max-sm:bottom-36 left-1/2 z-[60] flex w-max max-w-[calc(100vw-2rem)] -translate-x-1/2 flex-col gap-2 outline-none print:hidden" />
    </T.Provider>
  );
}

interface Props {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** How long it stays up; hovering or focusing it pauses the countdown. */
  duration?: number;
  testId: string;
  children: ReactNode;
  /** A second line under the message, wrapped rather than cut (what else the reader should know). */
  note?: ReactNode;
  /** A single action button (e.g. Undo); `altText` says how to do it without the toast. */
  action?: { label: string; altText: string; onClick: () => void; testId: string };
}

export function Toast({ open, onOpenChange, duration = 5000, testId, children, note, action }: Props) {
  return (
    <T.Root open={open} onOpenChange={onOpenChange} duration={duration} data-testid={testId} className="flex items-center gap-3 rounded-xl bg-inverse px-4 py-2 text-sm text-on-inverse shadow-lg">
      <T.Description className="flex min-w-0 max-w-72 flex-col">
        <span className="max-w-60 truncate">{children}</span>
        {note && <span data-testid={`${testId}-note`} className="text-xs text-on-inverse/80">{note}</span>}
      </T.Description>
      {action && (
        <T.Action altText={action.altText} asChild>
          <button type="button" data-testid={action.testId} onClick={action.onClick} className="rounded font-semibold text-inverse-link outline-none hover:underline focus-visible:ring-2 focus-visible:ring-ring">
            {action.label}
          </button>
        </T.Action>
      )}
    </T.Root>
  );
}
