"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import type { Attachment } from "@/lib/chat/message";
import { formatPageList } from "@/lib/media/pdf/page-plan";
import { lazyPart } from "@/components/ui/lazy-part";
import { useObjectUrl } from "./use-object-url";
import { Button } from "@/components/ui/button";

// Opened on demand: kept out of the first load.
const DocumentViewer = lazyPart(() => import("@/components/vision/document-viewer").then((m) => m.DocumentViewer));
const PageRangePicker = lazyPart(() => import("./page-range-picker").then((m) => m.PageRangePicker), { close: (p) => p.onCancel });

interface Props {
  name: string;
  pageCount: number;
  /** The rendered pages that are (or will be) sent. */
  pages: readonly Attachment[];
  /** Draft only: pages chosen (rendering may still be under way). */
  chosen?: readonly number[];
  rendering?: boolean;
  overLimit?: boolean;
  maxImages?: number;
  onRemove?: () => void;
  onPages?: (pages: number[]) => void;
}

/** One attachment for a whole PDF: first page, page count, and (in the draft) the page picker. */
export function DocumentThumb({ name, pageCount, pages, chosen, rendering, overLimit, maxImages = 50, onRemove, onPages }: Props) {
  const t = useTranslations("attach");
  const url = useObjectUrl(pages[0]?.blob);
  const [open, setOpen] = useState(false);
  const [picking, setPicking] = useState(false);
  const sent = chosen ?? pages.map((p) => p.doc?.page ?? 0);
  const label = sent.length === pageCount ? t("allPages", { count: pageCount }) : t("somePages", { chosen: sent.length, list: formatPageList(sent), count: pageCount });
  // The picture is the first page sent, not necessarily page 1 (only page 2 may be chosen).
  const shownPage = pages[0]?.doc?.page ?? sent[0] ?? 1;
  return (
    // As wide as the tile: the page picker and the over-limit note wrap under it rather than widen
    // the column (that pushed the next file far to the right).
    <div className="flex w-min flex-col gap-1">
      <div
        data-testid="attachment-thumb"
        data-kind="document"
        data-pages={sent.length}
        className={`group relative flex h-16 w-fit min-w-44 max-w-60 shrink-0 items-center gap-2 overflow-hidden rounded-lg border border-line bg-muted ${onRemove ? "pr-6" : "pr-2"}`}
      >
        {/* pr-6 with the remove button: it sits in the top-right corner, and with pr-2 a long
            name ran under it ("invoice-2pages.p×"); the text file chip leaves the same room.
            The tile grows up to max-w-60 so the page count stays one line ("PDF · pages 2 of 2"
            wrapped at w-44 and pushed "Choose pages" out of the tile); past that it truncates. */}
        <Button variant="item" size="inline" data-testid="attachment-open" disabled={!pages.length} onClick={() => setOpen(true)} className="h-full w-12 rounded-none bg-paper p-0 hover:bg-paper" title={t("readPages", { name })}>
          {/* eslint-disable-next-line @next/next/no-img-element -- a rendered PDF page as a blob: URL */}
          {url && <img src={url} alt={t("shownPage", { name, page: shownPage })} className="size-full object-cover object-top" />}
        </Button>
        <span className="flex min-w-0 flex-col text-xs">
          <span className="truncate font-medium" title={name}>
            {name}
          </span>
          <span data-testid="document-page-count" className="truncate text-muted-fg" title={rendering ? undefined : label}>
            {t("pdf", { label: rendering ? t("rendering") : label })}
          </span>
          {onPages && (
            <Button variant="link" size="inline" data-testid="page-range-button" onClick={() => setPicking(!picking)} className="self-start text-xs font-normal underline">
              {t("choosePages")}
            </Button>
          )}
        </span>
        {onRemove && (
          <Button variant="scrim" size="icon-xs" data-testid="attachment-remove" aria-label={t("remove", { name })} onClick={onRemove} className="absolute right-0.5 top-0.5">
            ×
          </Button>
        )}
      </div>
      {overLimit && onPages && (
        <p data-testid="document-over-limit" role="status" className="max-w-xs text-xs text-warning-fg">
          {t("overLimit", { name, count: pageCount, max: maxImages, list: formatPageList(sent) })}
        </p>
      )}
      {picking && onPages && (
        <PageRangePicker
          pageCount={pageCount}
          maxImages={maxImages}
          initial={formatPageList(sent)}
          onApply={(p) => {
            setPicking(false);
            onPages(p);
          }}
          onCancel={() => setPicking(false)}
        />
      )}
      {open && pages.length > 0 && <DocumentViewer pages={pages} startPage={pages[0].doc?.page ?? 1} onClose={() => setOpen(false)} />}
    </div>
  );
}
