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
        <svg viewBox="0 0 24 24" className="size-4" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" aria-hidden>
          <path d="M10 13a5 5 0 007.5.5l3-3a5 5 0 00-7-7l-1.7 1.7M14 11a5 5 0 00-7.5-.5l-3 3a5 5 0 007 7l1.7-1.7" />
        </svg>
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
