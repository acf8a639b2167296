"use client";

import { useEffect, useState } from "react";

/**
 * `/?import=<shareId>`: the "Continue this chat" link opened in a new tab (or followed before the
 * shared page's script ran) still copies the snapshot into this browser and opens it.
 */
export function ImportFromLink() {
  const [state, setState] = useState<"idle" | "busy" | "failed">("idle");
  useEffect(() => {
    const shareId = new URLSearchParams(window.location.search).get("import");
    if (!shareId || !/^[A-Za-z0-9_-]{16,64}$/.test(shareId)) return;
    setState("busy");
    import("@/lib/share-client/continue")
      .then(({ continueShare }) => continueShare(shareId))
      .then((id) => window.location.replace(`/c/${encodeURIComponent(id)}`))
      .catch(() => setState("failed"));
  }, []);
  if (state === "idle") return null;
  return (
    <p role="status" data-testid="import-from-link" className="mx-auto mt-3 max-w-3xl rounded-lg bg-muted px-3 py-2 text-sm">
      {state === "busy" ? "Copying the shared conversation into your chats…" : "This shared conversation could not be copied: the link may have been revoked or expired."}
    </p>
  );
}
