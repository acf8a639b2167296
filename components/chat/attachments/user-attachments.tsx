"use client";

import { useTranslations } from "next-intl";
import type { Attachment } from "@/lib/chat/message";
import { groupDocuments } from "@/lib/media/group-documents";
import { AttachmentThumb } from "./attachment-thumb";
import { DocumentThumb } from "./document-thumb";
import { useObjectUrl } from "./use-object-url";

/** What the user sent: image thumbnails (click to enlarge) and a player for a video. */
/** `onRemove` (the message editor): each file can be taken out, a PDF with all its pages. */
export function UserAttachments({ attachments, onRemove }: { attachments: readonly Attachment[]; onRemove?: (ids: string[]) => void }) {
  // A PDF's pages show as one document attachment.
  const { documents, others } = groupDocuments(attachments);
  return (
    <div className="flex max-w-[85%] flex-wrap justify-end gap-2">
      {/* In the composer's order, which is also the order they go upstream: images and video, then PDFs. */}
      {others.map((a) =>
        a.kind === "video" && !onRemove ? (
          <VideoPlayer key={a.id} attachment={a} />
        ) : (
          <AttachmentThumb key={a.id} attachment={a} onRemove={onRemove && (() => onRemove([a.id]))} />
        ),
      )}
      {documents.map((pages) => (
        <DocumentThumb
          key={pages[0].doc!.docId}
          name={pages[0].doc!.name}
          pageCount={pages[0].doc!.pageCount}
          pages={pages}
          onRemove={onRemove && (() => onRemove(pages.map((p) => p.id)))}
        />
      ))}
    </div>
  );
}

function VideoPlayer({ attachment }: { attachment: Attachment }) {
  const t = useTranslations("vision");
  const url = useObjectUrl(attachment.blob);
  // Named as an image is (its file name), and as a video: a bare "video" names none of several.
  return (
    <video
      id={`video-${attachment.id}`}
      data-testid="message-video"
      aria-label={t("video", { name: attachment.name })}
      src={url}
      controls
      preload="metadata"
      className="max-h-72 max-w-full rounded-xl bg-scrim"
    />
  );
}
