"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import type { Attachment } from "@/lib/chat/message";
import { useObjectUrl } from "@/components/chat/attachments/use-object-url";
import { Button } from "@/components/ui/button";

interface Props {
  /** The document's rendered pages (image attachments with `doc`), in page order. */
  pages: readonly Attachment[];
  /** The page number (1-based, as in the PDF) to open at. */
  startPage: number;
  onClose: () => void;
}

/** A PDF's sent pages in the modal viewer, one at a time, with previous / next. */
export function DocumentViewer({ pages, startPage, onClose }: Props) {
  const t = useTranslations("vision");
  const ref = useRef<HTMLDialogElement>(null);
  const first = Math.max(0, pages.findIndex((p) => p.doc?.page === startPage));
  const [index, setIndex] = useState(first);
  const page = pages[index];
  const url = useObjectUrl(page?.blob);
  useEffect(() => {
    ref.current?.showModal();
  }, []);
  if (!page?.doc) return null;
  const go = (delta: number) => setIndex((i) => Math.min(pages.length - 1, Math.max(0, i + delta)));
  return (
    <dialog
      ref={ref}
      data-testid="attachment-viewer"
      data-page={page.doc.page}
      aria-label={t("page", { name: page.doc.name, page: page.doc.page })}
      onClose={onClose}
      onClick={(e) => e.target === ref.current && ref.current?.close()}
      onKeyDown={(e) => {
        if (e.key === "ArrowRight") go(1);
        if (e.key === "ArrowLeft") go(-1);
      }}
      className="m-auto max-h-[94vh] max-w-[94vw] rounded-xl bg-scrim p-2 text-on-scrim backdrop:bg-scrim/70"
    >
      {/* eslint-disable-next-line @next/next/no-img-element -- a rendered PDF page as a blob: URL */}
      {url && <img src={url} alt={t("page", { name: page.doc.name, page: page.doc.page })} className="max-h-[84vh] max-w-[90vw] bg-paper object-contain" />}
      <div className="mt-1 flex items-center justify-between gap-3 px-1 text-xs text-on-scrim/80">
        <span className="truncate" data-testid="viewer-page-label">
          {t("pageOf", { name: page.doc.name, page: page.doc.page, count: page.doc.pageCount })}
        </span>
        <span className="flex items-center gap-1">
          <Button variant="on-scrim" size="sm" data-testid="viewer-prev" disabled={index === 0} onClick={() => go(-1)}>
            {t("previous")}
          </Button>
          <Button variant="on-scrim" size="sm" data-testid="viewer-next" disabled={index === pages.length - 1} onClick={() => go(1)}>
            {t("next")}
          </Button>
          <Button variant="on-scrim" size="sm" data-testid="attachment-viewer-close" onClick={() => ref.current?.close()}>
            {t("close")}
          </Button>
        </span>
      </div>
    </dialog>
  );
}
