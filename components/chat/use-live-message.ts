"use client";

import { useEffect, useReducer, useRef } from "react";
import type { ChatMessage } from "@/lib/chat/message";
import { turns } from "@/lib/store/chat-store";

/**
 * The message as it stands now: while it streams, the turn owner's live copy, repainted at most
 * once per animation frame (the network may deliver hundreds of events a second and React only
 * needs one update per paint). Frame coalescing is a view concern, so it lives here.
 */
export function useLiveMessage(message: ChatMessage): ChatMessage {
  const [, repaint] = useReducer((n: number) => n + 1, 0);
  const streaming = message.status === "streaming";
  const live = (streaming && turns.live(message.id)) || message;
  // What this render showed: an event that lands between the render and the subscription below
  // would otherwise go unseen until the next one (forever, if the stream then pauses).
  const shown = useRef(live);
  shown.current = live;
  useEffect(() => {
    if (!streaming) return;
    let pending: (() => void) | null = null;
    const schedule = () => {
      if (pending) return;
      const run = () => {
        pending = null;
        repaint();
      };
      if (document.visibilityState === "visible") {
        const frame = requestAnimationFrame(run);
        pending = () => cancelAnimationFrame(frame);
      } else {
        // Hidden tabs get no frames: keep the text current for when the user comes back.
        const timer = setTimeout(run, 50);
        pending = () => clearTimeout(timer);
      }
    };
    const unsubscribe = turns.subscribe(schedule);
    if (turns.live(message.id) !== shown.current) schedule();
    return () => {
      unsubscribe();
      pending?.();
    };
  }, [message.id, streaming]);
  return live;
}
