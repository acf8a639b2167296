"use client";

import { useTranslations } from "next-intl";
import { useDeferredValue, useMemo, useState } from "react";
import type { Attachment } from "@/lib/chat/message";
import { findPageRefs, pageLinkRefs } from "@/lib/media/page-refs";
import { groupDocuments } from "@/lib/media/group-documents";
import { DocumentViewer } from "./document-viewer";
import { Button } from "@/components/ui/button";

/**
 * Pages an answer mentions ("page 2", "pp. 2-3", "第2页") as links that open that page of the
 * document the turn sent, like video timestamps seek the player. Only pages that were sent link.
 */
export function PageLinks({ content: live, media }: { content: string; media: readonly Attachment[] }) {
  const t = useTranslations("vision");
  const content = useDeferredValue(live);
  const doc = useMemo(() => groupDocuments(media).documents[0] ?? [], [media]);
  const pageCount = doc[0]?.doc?.pageCount ?? 0;
  const refs = useMemo(() => (pageCount ? findPageRefs(content, { pageCount }) : []), [content, pageCount]);
  const [open, setOpen] = useState<number | null>(null);
  const sent = new Set(doc.map((p) => p.doc?.page));
  const links = pageLinkRefs(refs, sent);
  if (!links.length) return null;
  return (
    <div className="mt-2 flex flex-wrap items-center gap-1 text-xs" data-testid="page-links">
      <span className="text-muted-fg">{t("openIn", { name: doc[0].doc?.name ?? "" })}</span>
      {links.map((r) => (
        <Button key={r.start} variant="chip" size="xs" data-testid="page-link" data-page={r.page} onClick={() => setOpen(r.page)} className="text-link hover:bg-info-soft">
          {r.text}
        </Button>
      ))}
      {open !== null && <DocumentViewer pages={doc} startPage={open} onClose={() => setOpen(null)} />}
    </div>
  );
}
