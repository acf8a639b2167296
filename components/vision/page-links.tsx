"use client";

import { useDeferredValue, useMemo, useState } from "react";
import type { Attachment } from "@/lib/chat/message";
import { findPageRefs } from "@/lib/media/page-refs";
import { DocumentViewer, groupDocuments } from "./document-viewer";

/**
 * Pages an answer mentions ("page 2", "pp. 2-3", "第2页") as links that open that page of the
 * document the turn sent, like video timestamps seek the player. Only pages that were sent link.
 */
export function PageLinks({ content: live, media }: { content: string; media: readonly Attachment[] }) {
  const content = useDeferredValue(live);
  const doc = useMemo(() => groupDocuments(media).documents[0] ?? [], [media]);
  const pageCount = doc[0]?.doc?.pageCount ?? 0;
  const refs = useMemo(() => (pageCount ? findPageRefs(content, { pageCount }) : []), [content, pageCount]);
  const [open, setOpen] = useState<number | null>(null);
  const sent = new Set(doc.map((p) => p.doc?.page));
  const links = refs.filter((r) => sent.has(r.page)).slice(0, 50);
  if (!links.length) return null;
  return (
    <div className="mt-2 flex flex-wrap items-center gap-1 text-xs" data-testid="page-links">
      <span className="text-zinc-500">Open in {doc[0].doc?.name}:</span>
      {links.map((r) => (
        <button
          key={r.start}
          type="button"
          data-testid="page-link"
          data-page={r.page}
          onClick={() => setOpen(r.page)}
          className="rounded-full border border-zinc-300 px-2 py-0.5 text-blue-700 hover:bg-blue-50 dark:border-zinc-700 dark:text-blue-300 dark:hover:bg-blue-950"
        >
          {r.text}
        </button>
      ))}
      {open !== null && <DocumentViewer pages={doc} startPage={open} onClose={() => setOpen(null)} />}
    </div>
  );
}
