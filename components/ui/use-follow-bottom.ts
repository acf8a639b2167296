"use client";

import { useCallback, useEffect, useRef, useState, type UIEvent, type WheelEvent } from "react";
import { afterFollow, afterScroll, afterWheel, FOLLOWING, type FollowState } from "@/lib/ui/follow-bottom";

/**
 * Keeps a scroller at its bottom while its content grows, until the user scrolls up to read
 * (lib/ui/follow-bottom.ts has the rules). `away` is true while unpinned, for a "jump" button.
 * Growth without a render (images loading, late highlighting) is followed through a
 * ResizeObserver on the scroller's first child.
 *
 * While following, the browser's scroll anchoring is off: when a block above the anchor changes
 * height as the stream re-renders it, anchoring may nudge scrollTop up in the frame the content
 * grows, which would read as the user scrolling up. Off the bottom it is back on, keeping a
 * reader's place.
 */
export function useFollowBottom<T extends HTMLElement>() {
  const state = useRef<FollowState>(FOLLOWING);
  const node = useRef<T | null>(null);
  const [away, setAway] = useState(false);
  const [el, setEl] = useState<T | null>(null);

  const ref = useCallback((next: T | null) => {
    node.current = next;
    if (next) anchorWhenReading(next, state.current);
    setEl(next);
  }, []);

  const update = useCallback((next: FollowState) => {
    state.current = next;
    if (node.current) anchorWhenReading(node.current, next);
  }, []);

  /** Call after content changed: scrolls to the bottom when following. */
  const follow = useCallback(() => {
    const target = node.current;
    if (!target || !state.current.stuck) return;
    target.scrollTop = target.scrollHeight;
    state.current = afterFollow(state.current, target.scrollTop);
  }, []);

  useEffect(() => {
    const content = el?.firstElementChild;
    if (!content || typeof ResizeObserver === "undefined") return;
    const observer = new ResizeObserver(follow);
    observer.observe(content);
    return () => observer.disconnect();
  }, [el, follow]);

  /** Follow again from the start (a different conversation opened). */
  const reset = useCallback(() => {
    update(FOLLOWING);
    setAway(false);
  }, [update]);

  const jump = useCallback(() => {
    update({ ...state.current, stuck: true });
    setAway(false);
    node.current?.scrollTo({ top: node.current.scrollHeight });
  }, [update]);

  const handlers = {
    onWheel: (e: WheelEvent<T>) => {
      update(afterWheel(state.current, e.deltaY));
    },
    onScroll: (e: UIEvent<T>) => {
      update(afterScroll(state.current, e.currentTarget));
      setAway(!state.current.stuck);
    },
  };

  return { ref, node, follow, reset, jump, away, handlers, isFollowing: () => state.current.stuck };
}

function anchorWhenReading(el: HTMLElement, state: FollowState) {
  const anchor = state.stuck ? "none" : "auto";
  if (el.style.overflowAnchor !== anchor) el.style.overflowAnchor = anchor;
}
