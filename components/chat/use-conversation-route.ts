"use client";

import { usePathname } from "next/navigation";
import { useEffect } from "react";
import { useChatStore, type ChatState } from "@/lib/store/chat-store";
import { conversationPath, idFromPath, pushPath, replacePath } from "@/lib/store/navigation";

/** The path that shows the store's conversation: `/` for a new, unsaved chat. */
function pathOf(s: Pick<ChatState, "conversation" | "saved" | "routeStatus">): string {
  return s.saved || s.routeStatus !== "ready" ? conversationPath(s.conversation.id) : "/";
}

/**
 * The one place the URL and the open conversation are kept in sync. The URL leads when it
 * changes (a link, Back / Forward, a pasted address): the store opens that conversation. The
 * store leads when the conversation changes (first message saved, New chat, the open chat
 * deleted here or in another tab): the URL follows. Nothing else writes the URL from the store.
 */
export function useConversationRoute(): void {
  const routeId = idFromPath(usePathname());
  useEffect(() => {
    void useChatStore.getState().openRoute(routeId);
  }, [routeId]);
  useEffect(
    () =>
      useChatStore.subscribe((s, before) => {
        const next = pathOf(s);
        if (next === pathOf(before) || typeof window === "undefined" || window.location.pathname === next) return;
        // A new chat that just got saved keeps its place in history; any other change is a navigation.
        if (before.conversation.id === s.conversation.id && !before.saved) replacePath(next);
        else pushPath(next);
      }),
    [],
  );
}
