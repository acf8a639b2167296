"use client";

import { useEffect, useState } from "react";
import { onSessionChange, reactionTo } from "@/lib/store/session-sync";

/**
 * Leaves the page when another tab of this browser signs out (after `beforeSignedOut`), or signs someone else in
 * (lib/store/session-sync.ts). `app`: a page showing the signed-in person's chats; it is true
 * from then on, and the page shows nothing of them while the sign-in page loads. `sign-in`: the
 * sign-in page, which opens the app once another tab has signed in.
 */
export function useLeaveOnSessionChange(page: "app" | "sign-in", beforeSignedOut?: () => Promise<void>): boolean {
  const [leaving, setLeaving] = useState(false);
  useEffect(() => {
    const scope = page === "sign-in" ? null : document.documentElement.dataset.storageScope;
    // An app page without a scope is an open server's: nobody signs in or out there.
    if (scope === undefined) return;
    return onSessionChange((event) => {
      if (reactionTo(scope, event) === "stay") return;
      setLeaving(true);
      // Replaced, not pushed: Back must not lead to the page with the chats.
      const leave = () => (page === "app" ? location.replace("/") : location.reload());
      // A sign-out elsewhere stops this tab's answers too: they are told so before the page goes.
      if (event.type === "signed-out" && beforeSignedOut) void beforeSignedOut().finally(leave);
      else leave();
    });
  }, [page, beforeSignedOut]);
  return leaving;
}
