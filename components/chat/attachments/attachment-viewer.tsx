"use client";

import { Dialog } from "@/components/ui/dialog";
import { Lightbox } from "@/components/ui/lightbox";
import type { Attachment } from "@/lib/chat/message";

/** A large view of one attachment in the kit's modal dialog (Escape or a click outside closes it). */
export function AttachmentViewer({ attachment, url, onClose }: { attachment: Attachment; url: string; onClose: () => void }) {
  const caption = `${attachment.name}${attachment.width ? ` · ${attachment.width}×${attachment.height}` : ""}`;
  if (attachment.kind === "image") return <Lightbox src={url} alt={attachment.name} caption={caption} onClose={onClose} />;
  return (
    <Dialog testId="attachment-viewer" closeTestId="attachment-viewer-close" title={attachment.name} onClose={onClose} className="w-fit max-w-[96vw] p-3 sm:max-w-[96vw]">
      <video src={url} controls className="max-h-[80vh] max-w-full" />
      <p className="mt-2 text-xs text-muted-fg">{caption}</p>
    </Dialog>
  );
}
