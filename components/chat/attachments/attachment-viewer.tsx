"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef } from "react";
import type { Attachment } from "@/lib/chat/message";
import { Button } from "@/components/ui/button";

/** A large view of one attachment in a modal dialog (Escape or a click outside closes it). */
export function AttachmentViewer({ attachment, url, onClose }: { attachment: Attachment; url: string; onClose: () => void }) {
  const t = useTranslations("attach");
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    ref.current?.showModal();
  }, []);
  return (
    <dialog
      ref={ref}
      data-testid="attachment-viewer"
      onClose={onClose}
      onClick={(e) => e.target === ref.current && ref.current?.close()}
      className="m-auto max-h-[92vh] max-w-[92vw] rounded-xl bg-scrim p-2 text-on-scrim backdrop:bg-scrim/70"
    >
      {attachment.kind === "image" ? (
        <img src={url} alt={attachment.name} className="max-h-[85vh] max-w-[88vw] object-contain" />
      ) : (
        <video src={url} controls className="max-h-[85vh] max-w-[88vw]" />
      )}
      <div className="mt-1 flex items-center justify-between gap-4 px-1 text-xs text-on-scrim/80">
        <span className="truncate">
          {attachment.name}
          {attachment.width ? ` · ${attachment.width}×${attachment.height}` : ""}
        </span>
        <Button variant="on-scrim" size="sm" data-testid="attachment-viewer-close" onClick={() => ref.current?.close()}>
          {t("close")}
        </Button>
      </div>
    </dialog>
  );
}
