"use client";

import { X } from "lucide-react";
import { Dialog as D } from "radix-ui";
import { useTranslations } from "next-intl";
import { useRef, type ReactNode } from "react";
import { cn } from "@/lib/ui/cn";
import { IconButton } from "./icon-button";

interface Props {
  /** Controlled by the caller: most dialogs are mounted only while open, so this is usually true. */
  open?: boolean;
  onClose: () => void;
  title: string;
  /** On the panel; the close button gets `${testId}-close` unless closeTestId says otherwise. */
  testId: string;
  closeTestId?: string;
  description?: ReactNode;
  className?: string;
  /**
   * Where focus goes on close, instead of back to what had it when the dialog opened: for a dialog
   * opened from another dialog, whose control has left with it.
   */
  returnFocus?: () => void;
  children: ReactNode;
}

/**
 * A modal dialog (Radix): focus moves in and is trapped, Escape and the backdrop close it, focus
 * returns to what had it before, and the page behind is inert to pointer and screen reader.
 */
export function Dialog({ open = true, onClose, title, testId, closeTestId, description, className, returnFocus, children }: Props) {
  // Radix returns focus to its own Trigger; these dialogs are opened from anywhere (a header
  // button, a menu), so remember what had focus when it opened and go back there.
  const returnTo = useRef<HTMLElement | null>(null);
  const t = useTranslations("common");
  return (
    <D.Root open={open} onOpenChange={(next) => !next && onClose()}>
      <D.Portal>
        <D.Overlay className="fixed inset-0 z-50 bg-scrim/40" />
        <D.Content
          data-testid={testId}
          // Marks a modal for window-wide handlers (components/chat/drop-zone.tsx): Radix sets no aria-modal.
          data-kit-modal=""
          // Without a description, nothing: Radix's fallback was the title again, read twice.
          {...(description ? {} : { "aria-describedby": undefined })}
          // A control that handles Escape itself (a confirm row cancelling its question) marks itself
          // data-own-escape: Radix hears the key first (capture, on the document) and would close the dialog.
          onEscapeKeyDown={(e) => {
            if (e.target instanceof Element && e.target.closest("[data-own-escape]")) e.preventDefault();
          }}
          onOpenAutoFocus={() => {
            returnTo.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
          }}
          onCloseAutoFocus={(e) => {
            if (returnFocus) {
              e.preventDefault();
              returnFocus();
              return;
            }
            if (!returnTo.current?.isConnected) return;
            e.preventDefault();
            returnTo.current.focus();
          }}
          className={cn(
            "fixed left-1/2 top-[5vh] z-50 max-h-[90vh] w-[calc(100%-2rem)] max-w-lg -translate-x-1/2 overflow-y-auto rounded-xl border border-line bg-surface p-5 text-sm text-fg shadow-xl outline-none sm:top-1/2 sm:-translate-y-1/2",
            className,
          )}
        >
          <div className="mb-3 flex items-center justify-between gap-2">
            <D.Title className="text-base font-semibold">{title}</D.Title>
            <D.Close asChild>
              <IconButton label={t("close")} tooltip={false} size="icon-sm" icon={<X aria-hidden />} data-testid={closeTestId ?? `${testId}-close`} />
            </D.Close>
          </div>
          {description && <D.Description className="mb-3 text-muted-fg">{description}</D.Description>}
          {children}
        </D.Content>
      </D.Portal>
    </D.Root>
  );
}
