"use client";

import { useCallback, useState } from "react";
import { useChatStore } from "@/lib/store/chat-store";
import { Modal } from "./modal";
import dynamic from "next/dynamic";

// Opened on demand: kept out of the first load.
const ShareDialog = dynamic(() => import("./share-dialog").then((m) => m.ShareDialog), { ssr: false });
import { SharedLinksList } from "./shared-links-list";

const buttonClass = "rounded-lg px-2 py-1.5 text-sm hover:bg-zinc-100 disabled:opacity-40 disabled:hover:bg-transparent dark:hover:bg-zinc-800";

/** Header controls: Share (once there is something finished to share) and "My shared links". */
export function ShareButton() {
  const canShare = useChatStore((s) => s.messages.length > 0 && !s.streamingId);
  const [open, setOpen] = useState<"share" | "links" | null>(null);
  const close = useCallback(() => setOpen(null), []);
  return (
    <>
      <button type="button" data-testid="share-button" disabled={!canShare} onClick={() => setOpen("share")} className={buttonClass} title="Share a read-only link">
        ⤴<span className="hidden sm:inline"> Share</span>
      </button>
      {/* Phones have no room for it in the header: there the list is in the share dialog. */}
      <button type="button" data-testid="shared-links-button" onClick={() => setOpen("links")} className={`hidden sm:inline-block ${buttonClass}`} title="My shared links" aria-label="My shared links">
        🔗
      </button>
      {open === "share" && <ShareDialog onClose={close} />}
      {open === "links" && (
        <Modal testId="shared-links-panel" title="My shared links" onClose={close}>
          <SharedLinksList />
        </Modal>
      )}
    </>
  );
}
