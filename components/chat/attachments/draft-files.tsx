"use client";

import { useShallow } from "zustand/react/shallow";
import { useDraftStore } from "@/lib/store/draft-store";
import { AttachmentThumb } from "./attachment-thumb";
import { DraftDocuments } from "./draft-documents";

/**
 * The draft's files: image and video thumbnails, PDFs with their page pickers, text file chips.
 * Loaded with the first file (./draft-tray.tsx), not at page start: a page without a file never
 * draws them (docs/decisions/startup-reads.md, round 7).
 */
export function DraftFiles() {
  const { attachments, remove } = useDraftStore(useShallow((s) => ({ attachments: s.attachments, remove: s.remove })));
  return (
    <>
      {attachments.map((a) => (
        <AttachmentThumb key={a.id} attachment={a} onRemove={() => remove(a.id)} />
      ))}
      <DraftDocuments />
    </>
  );
}
