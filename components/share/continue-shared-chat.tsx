"use client";

import { useState } from "react";
import { continueShare } from "@/lib/share-client/continue";

const className = "rounded-lg bg-zinc-900 px-4 py-2 text-sm font-medium text-white hover:bg-zinc-700 aria-disabled:opacity-60 dark:bg-zinc-100 dark:text-zinc-900";

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
        className={className}
      >
        {state.busy ? "Copying into your chats…" : "Continue this chat"}
      </a>
      {state.error && <p role="alert" data-testid="continue-error" className="text-sm text-red-700 dark:text-red-400">{state.error}</p>}
    </div>
  );
}
