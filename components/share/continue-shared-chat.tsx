"use client";

import { useState } from "react";
import { buttonVariants } from "@/components/ui/button";
import { continueShare } from "@/lib/share-client/continue";

/**
 * Imports the snapshot into this browser's history (fresh ids) and opens it at /c/<newId>.
 * Without JavaScript the link still leads into the app at `/?import=<id>`.
 */
export function ContinueSharedChat({ shareId }: { shareId: string }) {
  const [state, setState] = useState<{ busy: boolean; error?: string }>({ busy: false });
  const go = async () => {
    if (state.busy) return;
    setState({ busy: true });
    try {
      const id = await continueShare(shareId);
      window.location.assign(`/c/${encodeURIComponent(id)}`);
    } catch (e) {
      setState({ busy: false, error: e instanceof Error ? e.message : "Could not copy this conversation into your history." });
    }
  };
  return (
    <div className="flex flex-col items-end gap-1">
      <a
        data-testid="continue-shared-chat"
        href={`/?import=${encodeURIComponent(shareId)}`}
        aria-disabled={state.busy || undefined}
        onClick={(e) => {
          e.preventDefault();
          void go();
        }}
        className={buttonVariants({ variant: "primary", className: "aria-disabled:opacity-60" })}
      >
        {state.busy ? "Copying into your chats…" : "Continue this chat"}
      </a>
      {state.error && <p role="alert" data-testid="continue-error" className="text-sm text-danger-fg">{state.error}</p>}
    </div>
  );
}
