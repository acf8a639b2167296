"use client";

import { glyphs } from "@/components/ui/glyphs";
import { useTranslations } from "next-intl";
import { useState } from "react";
import type { Attachment } from "@/lib/chat/message";
import { lazyPart } from "@/components/ui/lazy-part";
import { useObjectUrl } from "./use-object-url";
import { Button } from "@/components/ui/button";

// Opened on demand: kept out of the first load.
const AttachmentViewer = lazyPart(() => import("./attachment-viewer").then((m) => m.AttachmentViewer));

interface Props {
  attachment: Attachment;
  onRemove?: () => void;
}

/** A thumbnail that opens the large viewer; with a remove button while still a draft. */
export function AttachmentThumb({ attachment, onRemove }: Props) {
  const t = useTranslations("attach");
  const url = useObjectUrl(attachment.blob);
  const [open, setOpen] = useState(false);
  return (
    <div data-testid="attachment-thumb" data-kind={attachment.kind} className="group relative size-16 shrink-0 overflow-hidden rounded-lg border border-line bg-muted">
      <Button variant="item" size="inline" data-testid="attachment-open" onClick={() => setOpen(true)} className="relative size-full rounded-none p-0" title={t("enlarge", { name: attachment.name })} aria-label={t("enlarge", { name: attachment.name })}>
        {/* eslint-disable-next-line @next/next/no-img-element -- a local blob: URL, nothing to optimise */}
        {url && attachment.kind === "image" && <img src={url} alt={attachment.name} className="size-full object-cover" />}
        {url && attachment.kind === "video" && <video src={url} muted className="size-full object-cover" />}
        {attachment.kind === "video" && <span aria-hidden className="absolute bottom-0.5 left-0.5 rounded bg-scrim/70 px-1 text-[10px] text-on-scrim">{t("video")}</span>}
      </Button>
      {onRemove && (
        <Button variant="scrim" size="icon-xs" data-testid="attachment-remove" aria-label={t("remove", { name: attachment.name })} onClick={onRemove} className="absolute right-0.5 top-0.5">
          {glyphs.x}
        </Button>
      )}
      {open && url && <AttachmentViewer attachment={attachment} url={url} onClose={() => setOpen(false)} />}
    </div>
  );
}
