import { useTranslations } from "next-intl";
import type { PublicAttachment } from "@/lib/server/share/view";
import { ZoomableImage } from "@/components/ui/zoomable-image";
import { sharedVideoId } from "./video-id";

/** Pages of one PDF, in page order, and everything else (images, videos) as the sharer sent it. */
export function groupSharedDocuments(items: readonly PublicAttachment[]) {
  const documents = new Map<string, PublicAttachment[]>();
  const others: PublicAttachment[] = [];
  for (const a of items) {
    if (!a.doc) others.push(a);
    else documents.set(a.doc.docId, [...(documents.get(a.doc.docId) ?? []), a]);
  }
  const sorted = [...documents.values()].map((pages) => pages.toSorted((a, b) => (a.doc?.page ?? 0) - (b.doc?.page ?? 0)));
  return { documents: sorted, others };
}

/** Id of a shared page's thumbnail, so page links in the answer can jump to it. */
export const sharedPageAnchor = (docId: string, page: number) => `doc-${docId.replace(/[^\w-]/g, "")}-p${page}`;

/** A user message's attachments on the shared page: each PDF as a strip of page thumbnails. */
export function SharedAttachments({ items }: { items: readonly PublicAttachment[] }) {
  const t = useTranslations("shared");
  const tv = useTranslations("vision");
  const { documents, others } = groupSharedDocuments(items);
  return (
    <div className="flex max-w-full flex-col items-end gap-2">
      {documents.map((pages) => (
        <SharedDocument key={pages[0].doc?.docId} pages={pages} />
      ))}
      {others.length > 0 && (
        <div className="flex flex-wrap justify-end gap-2">
          {others.map((a) =>
            a.kind === "video" ? (
              <video key={a.asset} id={sharedVideoId(a.asset)} data-testid="shared-video" aria-label={a.name ? tv("video", { name: a.name }) : t("video")} src={a.url} controls preload="metadata" className="max-h-96 max-w-full rounded-lg" />
            ) : (
              // Plain <img>: the bytes come from our own asset route, already sized by the sharer.
              // A click opens it large (a lightbox).
              <ZoomableImage key={a.asset} data-testid="shared-image" src={a.url} alt={a.name ?? t("image")} width={a.width} height={a.height} loading="lazy" className="h-auto max-h-96 w-auto max-w-full rounded-lg object-contain" />
            ),
          )}
        </div>
      )}
    </div>
  );
}

function SharedDocument({ pages }: { pages: readonly PublicAttachment[] }) {
  const t = useTranslations("vision");
  const doc = pages[0].doc!;
  const sent = pages.length === doc.pageCount ? t("docPages", { count: doc.pageCount }) : t("docSomePages", { sent: pages.length, count: doc.pageCount });
  return (
    <figure data-testid="shared-document" className="max-w-full rounded-xl border border-line bg-subtle p-2">
      <figcaption className="mb-2 truncate px-1 text-sm">
        <span className="font-medium">{doc.name}</span> <span className="text-muted-fg">· {sent}</span>
      </figcaption>
      <ol className="flex max-w-full gap-2 overflow-x-auto pb-1">
        {pages.map((p) => (
          <li key={p.asset} id={sharedPageAnchor(doc.docId, p.doc!.page)} className="shrink-0 scroll-mt-4">
            {/* Opens the full page: the asset route serves the exact image the model read. */}
            <a href={p.url} target="_blank" rel="noopener" data-testid="shared-doc-page" data-page={p.doc!.page} className="block rounded-md focus-visible:outline-2 focus-visible:outline-ring">
              {/* eslint-disable-next-line @next/next/no-img-element */}
              <img src={p.url} alt={t("page", { name: doc.name, page: p.doc!.page })} width={p.width} height={p.height} loading="lazy" className="h-32 w-auto rounded border border-line bg-paper object-contain" />
              <span className="mt-1 block text-center text-xs text-muted-fg">{t("pageShort", { page: p.doc!.page })}</span>
            </a>
          </li>
        ))}
      </ol>
    </figure>
  );
}
