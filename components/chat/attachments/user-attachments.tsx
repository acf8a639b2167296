"use client";

import type { Attachment } from "@/lib/chat/message";
import { AttachmentThumb } from "./attachment-thumb";
import { useObjectUrl } from "./use-object-url";

/** What the user sent: image thumbnails (click to enlarge) and a player for a video. */
export function UserAttachments({ attachments }: { attachments: readonly Attachment[] }) {
  return (
    <div className="flex max-w-[85%] flex-wrap justify-end gap-2">
      {attachments.map((a) => (a.kind === "video" ? <VideoPlayer key={a.id} attachment={a} /> : <AttachmentThumb key={a.id} attachment={a} />))}
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
      className="max-h-72 max-w-full rounded-xl bg-black"
    />
  );
}
