"use client";

import { useEffect, useRef } from "react";
import { pendingEdit } from "@/lib/store/edit-drafts";
import { turnBusy, useChatStore } from "@/lib/store/chat-store";

/**
 * A chat left (or reloaded) with an edit of a question unsent opens with that editor again, the
 * typed text in it (lib/store/edit-drafts.ts). Once per visit to the chat: closed, it stays closed.
 */
export function useReopenEdit(): void {
  const conversationId = useChatStore((s) => s.conversation.id);
  const ready = useChatStore((s) => s.routeStatus === "ready" && s.saved);
  // Edit is held while an answer runs; the editor waits for it too.
  const busy = useChatStore(turnBusy);
  const reopenedIn = useRef<string | null>(null);
  useEffect(() => {
    // Another chat, or this one being opened again: the next visit looks again.
    if (!ready) reopenedIn.current = null;
    if (!ready || busy || reopenedIn.current === conversationId) return;
    reopenedIn.current = conversationId;
    const kept = pendingEdit(conversationId);
    const s = useChatStore.getState();
    if (kept && !s.editingId && s.messages.some((m) => m.id === kept.messageId && m.role === "user")) s.setEditing(kept.messageId);
  }, [conversationId, ready, busy]);
}
