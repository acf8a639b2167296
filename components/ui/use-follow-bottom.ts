"use client";

import { useCallback, useRef, useState, type UIEvent, type WheelEvent } from "react";
import { afterFollow, afterScroll, afterWheel, FOLLOWING, type FollowState } from "@/lib/ui/follow-bottom";

/**
 * Keeps a scroller at its bottom while its content grows, until the user scrolls up to read
 * (lib/ui/follow-bottom.ts has the rules). `away` is true while unpinned, for a "jump" button.
 * Growth without a render (images loading, late highlighting) is followed through a
 * ResizeObserver on the scroller's first child.
 */
export function useFollowBottom<T extends HTMLElement>() {
  const state = useRef<FollowState>(FOLLOWING);
  const node = useRef<T | null>(null);
  const [away, setAway] = useState(false);

  /** Call after content changed: scrolls to the bottom when following. */
  const follow = useCallback(() => {
    const target = node.current;
    if (!target || !state.current.stuck) return;
    target.scrollTop = target.scrollHeight;
    state.current = afterFollow(state.current, target.scrollTop);
  }, []);

  // The observer is set up as the scroller attaches (a ref with a cleanup), not from a state the
  // ref sets, which re-rendered the whole message list right after it mounted.
  const ref = useCallback(
    (next: T | null) => {
      node.current = next;
      const content = next?.firstElementChild;
      const observer = content && typeof ResizeObserver !== "undefined" ? new ResizeObserver(follow) : undefined;
      if (content) observer?.observe(content);
      return () => {
        observer?.disconnect();
        if (node.current === next) node.current = null;
      };
    },
    [follow],
  );

  /** Follow again from the start (a different conversation opened). */
  const reset = useCallback(() => {
    state.current = FOLLOWING;
    setAway(false);
  }, []);

  const jump = useCallback(() => {
    state.current = { ...state.current, stuck: true };
    setAway(false);
    node.current?.scrollTo({ top: node.current.scrollHeight });
  }, []);

  const handlers = {
    onWheel: (e: WheelEvent<T>) => {
      state.current = afterWheel(state.current, e.deltaY);
    },
    onScroll: (e: UIEvent<T>) => {
      state.current = afterScroll(state.current, e.currentTarget);
      setAway(!state.current.stuck);
    },
  };

  const isFollowing = useCallback(() => state.current.stuck, []);

  return { ref, node, follow, reset, jump, away, handlers, isFollowing };
}
