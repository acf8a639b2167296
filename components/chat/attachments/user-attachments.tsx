"use client";

import type { Attachment } from "@/lib/chat/message";
import { groupDocuments } from "@/lib/media/group-documents";
import { AttachmentThumb } from "./attachment-thumb";
import { DocumentThumb } from "./document-thumb";
import { useObjectUrl } from "./use-object-url";

/** What the user sent: image thumbnails (click to enlarge) and a player for a video. */
export function UserAttachments({ attachments }: { attachments: readonly Attachment[] }) {
  // A PDF's pages show as one document attachment.
  const { documents, others } = groupDocuments(attachments);
  return (
    <div className="flex max-w-[85%] flex-wrap justify-end gap-2">
      {/* In the composer's order, which is also the order they go upstream: images and video, then PDFs. */}
      {others.map((a) => (a.kind === "video" ? <VideoPlayer key={a.id} attachment={a} /> : <AttachmentThumb key={a.id} attachment={a} />))}
      {documents.map((pages) => (
        <DocumentThumb key={pages[0].doc!.docId} name={pages[0].doc!.name} pageCount={pages[0].doc!.pageCount} pages={pages} />
      ))}
    </div>
  );
}

function VideoPlayer({ attachment }: { attachment: Attachment }) {
  const url = useObjectUrl(attachment.blob);
  return (
    <video
      id={`video-${attachment.id}`}
      data-testid="message-video"
      src={url}
      controls
      preload="metadata"
      className="max-h-72 max-w-full rounded-xl bg-scrim"
    />
  );
}
