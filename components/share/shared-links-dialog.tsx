"use client";

import { Dialog } from "@/components/ui/dialog";
import { SharedLinksList } from "./shared-links-list";

export function SharedLinksDialog({ onClose }: { onClose: () => void }) {
  return (
    <Dialog testId="shared-links-panel" title="My shared links" onClose={onClose}>
      <SharedLinksList />
    </Dialog>
  );
}
