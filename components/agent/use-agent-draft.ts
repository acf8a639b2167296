"use client";

import { useEffect, useRef } from "react";
import { loadAgentDraft, saveAgentDraft } from "@/lib/store/agent-draft";
import { useChatStore } from "@/lib/store/chat-store";

/**
 * The new chat's GUI-agent session, before its first step, kept across reloads and chat switches
 * (lib/store/agent-draft.ts): mirrored while the chat is new, handed back when a new chat is shown,
 * forgotten once the first step saves the chat (the session is then stored with it).
 * In an effect, not a store listener: a chat that starts saved (Continue in a new chat) is past
 * its first render as new by then, and does not take the session.
 */
export function useAgentDraft(): void {
  const id = useChatStore((s) => s.conversation.id);
  const fresh = useChatStore((s) => !s.saved && s.messages.length === 0 && s.routeStatus === "ready" && s.routeTaken);
  const saved = useChatStore((s) => s.saved);
  const agent = useChatStore((s) => s.conversation.settings.agent);
  const shownAsNew = useRef<string | null>(null);
  useEffect(() => {
    if (!fresh) {
      // The first step saved this chat, and the session with it.
      if (saved && shownAsNew.current === id) saveAgentDraft(undefined);
      return;
    }
    if (shownAsNew.current !== id) {
      shownAsNew.current = id;
      const kept = agent ? undefined : loadAgentDraft();
      if (kept) return useChatStore.getState().setAgent(kept);
    }
    saveAgentDraft(agent);
  }, [id, fresh, saved, agent]);
}

/**
 * The hook in a component of its own: its store reads re-render this empty component, not the
 * page's shell and every notice in it (each route load did; startup-reads.md, round 30).
 */
export function AgentDraftKeeper(): null {
  useAgentDraft();
  return null;
}
