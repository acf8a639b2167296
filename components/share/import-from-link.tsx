"use client";

import { useEffect, useState } from "react";
import type { PublicShare } from "@/lib/server/share/view";
import { Modal } from "./modal";

type State =
  | { phase: "idle" }
  | { phase: "loading" }
  | { phase: "asking"; share: PublicShare }
  | { phase: "busy" }
  | { phase: "failed" };

const button = "rounded-lg px-3 py-1.5 text-sm font-medium";

/** Drops `?import=` from the address so a reload does not ask again. */
function forgetImportParam() {
  const url = new URL(window.location.href);
  url.searchParams.delete("import");
  window.history.replaceState(window.history.state, "", url.pathname + url.search + url.hash);
}

/**
 * `/?import=<shareId>`: the "Continue this chat" link opened in a new tab (or followed before the
 * shared page's script ran). A link anyone can send must not write into this browser's history
 * by itself, so it asks first; Cancel leaves the history as it was.
 */
export function ImportFromLink() {
  const [state, setState] = useState<State>({ phase: "idle" });
  useEffect(() => {
    const shareId = new URLSearchParams(window.location.search).get("import");
    if (!shareId || !/^[A-Za-z0-9_-]{16,64}$/.test(shareId)) return;
    setState({ phase: "loading" });
    import("@/lib/share-client/continue")
      .then(({ fetchShare }) => fetchShare(shareId))
      .then((share) => setState({ phase: "asking", share }))
      .catch(() => setState({ phase: "failed" }));
  }, []);

  const cancel = () => {
    forgetImportParam();
    setState({ phase: "idle" });
  };
  const confirm = (share: PublicShare) => {
    setState({ phase: "busy" });
    import("@/lib/share-client/continue")
      .then(({ importShare }) => importShare(share))
      .then((id) => window.location.replace(`/c/${encodeURIComponent(id)}`))
      .catch(() => setState({ phase: "failed" }));
  };

  if (state.phase === "idle") return null;
  if (state.phase === "asking") {
    const { share } = state;
    const system = share.messages.some((m) => m.role === "system");
    return (
      <Modal testId="import-dialog" title="Copy this shared chat into your chats?" onClose={cancel}>
        <p data-testid="import-dialog-summary" className="break-words">
          “{share.title}” · {share.messages.length} {share.messages.length === 1 ? "message" : "messages"}. It will be saved in this browser as a new chat.
        </p>
        {system && (
          <p data-testid="import-dialog-system" className="mt-2 text-zinc-600 dark:text-zinc-400">
            It includes a system prompt written by someone else. It is kept and shown, but not sent to the model unless you turn it on.
          </p>
        )}
        <div className="mt-4 flex justify-end gap-2">
          <button type="button" data-testid="import-cancel" onClick={cancel} className={`${button} hover:bg-zinc-100 dark:hover:bg-zinc-800`}>
            Cancel
          </button>
          <button type="button" data-testid="import-confirm" onClick={() => confirm(share)} className={`${button} bg-zinc-900 text-white hover:bg-zinc-700 dark:bg-zinc-100 dark:text-zinc-900`}>
            Copy into my chats
          </button>
        </div>
      </Modal>
    );
  }
  return (
    <p role="status" data-testid="import-from-link" className="mx-auto mt-3 max-w-3xl rounded-lg bg-zinc-100 px-3 py-2 text-sm dark:bg-zinc-800">
      {state.phase === "failed"
        ? "This shared conversation could not be copied: the link may have been revoked or expired."
        : state.phase === "busy"
          ? "Copying the shared conversation into your chats…"
          : "Loading the shared conversation…"}
    </p>
  );
}
