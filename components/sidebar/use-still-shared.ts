"use client";

import { useMemo, useSyncExternalStore } from "react";
import { linksSnapshot, linkStillShowing, parseLinks, subscribeLinks } from "@/lib/share-client/links";

/**
 * Whether a share link made in this browser still shows what was just deleted: deleting here does
 * not touch the copy on the server, and people took "deleted" to mean gone from the link too.
 */
export function useStillShared(conversationId: string | undefined, removedSince?: number): boolean {
  const raw = useSyncExternalStore(subscribeLinks, linksSnapshot, () => "[]");
  return useMemo(() => !!conversationId && !!linkStillShowing(parseLinks(raw), conversationId, removedSince), [raw, conversationId, removedSince]);
}
