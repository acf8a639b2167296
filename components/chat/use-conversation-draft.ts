"use client";

import { useCallback, useEffect, useRef, useState, type RefObject } from "react";
import { useChatStore, type ChatState } from "@/lib/store/chat-store";
import { useDraftStore } from "@/lib/store/draft-store";
import { loadDraft, NEW_CHAT_DRAFT, saveDraft } from "@/lib/store/drafts";

/** Typing is saved once it pauses this long, and at once when the chat changes or the page goes. */
const SAVE_AFTER_MS = 300;

/**
 * The composer's text, one per conversation (lib/store/drafts.ts): switching chats shows each
 * chat's own draft, and a reload finds it again; its attached files follow it (lib/store/draft-files.ts).
 * Until the page has taken up its address, what is typed belongs to the conversation it then
 * opens (text typed before hydration is kept).
 */
export function useConversationDraft(ref: RefObject<HTMLTextAreaElement | null>): [string, (text: string) => void] {
  // Read after hydration, not during it: the store has often moved on from the server's copy by
  // then, and a store value that differs at hydration lost the text typed before it.
  const [key, setKey] = useState<string | null>(null);
  useEffect(() => {
    // A chat being opened is already that chat (its id is set before its messages are read): the
    // new chat's draft must not show, and take what is typed, in between.
    const pick = (s: ChatState) => (!s.routeTaken ? null : s.saved || s.routeStatus !== "ready" ? s.conversation.id : NEW_CHAT_DRAFT);
    setKey(pick(useChatStore.getState()));
    return useChatStore.subscribe((s) => setKey(pick(s)));
  }, []);
  const [draft, setDraftState] = useState("");
  const shownKey = useRef<string | null>(null);
  const pending = useRef<{ key: string; text: string } | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const flush = useCallback(() => {
    clearTimeout(timer.current);
    const write = pending.current;
    pending.current = null;
    if (write) saveDraft(write.key, write.text);
  }, []);

  const setDraft = useCallback(
    (text: string) => {
      setDraftState(text);
      if (shownKey.current === null) return;
      pending.current = { key: shownKey.current, text };
      clearTimeout(timer.current);
      timer.current = setTimeout(flush, SAVE_AFTER_MS);
    },
    [flush],
  );

  useEffect(() => {
    if (key === null || key === shownKey.current) return;
    const first = shownKey.current === null;
    flush();
    shownKey.current = key;
    // The attachments follow the same chat as the text (and come back after a reload).
    useDraftStore.getState().showTray(key);
    const typed = ref.current?.value ?? "";
    if (first && typed.trim()) saveDraft(key, typed);
    else setDraftState(loadDraft(key));
  }, [key, flush, ref]);

  useEffect(() => {
    const hidden = () => document.visibilityState === "hidden" && flush();
    addEventListener("pagehide", flush);
    document.addEventListener("visibilitychange", hidden);
    return () => {
      removeEventListener("pagehide", flush);
      document.removeEventListener("visibilitychange", hidden);
      flush();
    };
  }, [flush]);

  return [draft, setDraft];
}
