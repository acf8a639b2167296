import { useTranslations } from "next-intl";
import { findPageRefs, pageLinkRefs } from "@/lib/media/page-refs";
import type { PublicAttachment } from "@/lib/server/share/view";
import { groupSharedDocuments, sharedPageAnchor } from "./shared-attachments";

/**
 * The shared page's counterpart of PageLinks: pages the answer mentions, as plain links to the
 * page thumbnails above (rendered on the server, so they work without JavaScript).
 */
export function SharedPageLinks({ content, media }: { content: string; media: readonly PublicAttachment[] }) {
  const t = useTranslations("vision");
  const pages = groupSharedDocuments(media).documents[0];
  const doc = pages?.[0].doc;
  if (!doc) return null;
  const sent = new Set(pages.map((p) => p.doc?.page));
  const links = pageLinkRefs(findPageRefs(content, { pageCount: doc.pageCount }), sent);
  if (!links.length) return null;
  return (
    <p data-testid="page-links" className="mt-2 flex flex-wrap items-center gap-1 text-xs">
      <span className="text-muted-fg">{t("pagesOf", { name: doc.name })}</span>
      {links.map((r) => (
        <a key={r.start} href={`#${sharedPageAnchor(doc.docId, r.page)}`} data-testid="page-link" data-page={r.page} className="rounded-full border border-line-strong px-2 py-0.5 text-link hover:bg-info-soft">
          {r.text}
        </a>
      ))}
    </p>
  );
}
