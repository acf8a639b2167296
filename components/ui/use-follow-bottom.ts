"use client";

import { useCallback, useRef, useState, type UIEvent, type WheelEvent } from "react";
import { afterFollow, afterResize, afterScroll, afterWheel, FOLLOWING, SCROLL_KEYS, userIsScrolling, type FollowState, type ScrollInput } from "@/lib/ui/follow-bottom";

/**
 * Keeps a scroller at its bottom while its content grows, until the user scrolls up to read
 * (lib/ui/follow-bottom.ts has the rules). `away` is true while unpinned, for a "jump" button.
 * Growth without a render (images loading, late highlighting) is followed through a
 * ResizeObserver on the scroller's first child. A move up unpins unless the room to scroll shrank
 * since the last scroll event (content or scroller resized: the browser clamped the position) and
 * the user did nothing that scrolls (a pointer or finger held on the scroller, a wheel, a scrolling
 * key, or the momentum for a moment after): a stream's tail re-laid out one frame shorter, then
 * grown again before the scroll event, had read as the user leaving and stopped the follow. And
 * a shrink that leaves the bottom in view (an edit, a version switch, a deletion) pins again,
 * though the position did not move and no scroll event came: "jump" had stayed over a short chat.
 */
export function useFollowBottom<T extends HTMLElement>() {
  const state = useRef<FollowState>(FOLLOWING);
  const node = useRef<T | null>(null);
  const [away, setAway] = useState(false);
  const input = useRef<ScrollInput>({ held: false, lastAt: -Infinity });
  // The scroller's room to scroll (scrollHeight - clientHeight) when last seen, and whether it
  // shrank since the last scroll event.
  const room = useRef(Infinity);
  const clamped = useRef(false);

  /** Call after content changed: scrolls to the bottom when following. */
  const follow = useCallback(() => {
    const target = node.current;
    if (!target || !state.current.stuck) return;
    // While pinned the browser's scroll anchoring must not move the position: a block above the
    // view re-laid out shorter (a late-highlighted code block, a healed tail) made it scroll *up*
    // to keep that block in place, which read as the user leaving. Reading, it keeps the view put.
    target.style.overflowAnchor = "none";
    target.scrollTop = target.scrollHeight;
    state.current = afterFollow(state.current, target.scrollTop);
  }, []);
  const unpinned = (el: HTMLElement | null) => {
    if (el && !state.current.stuck) el.style.overflowAnchor = "";
  };

  // The observer is set up as the scroller attaches (a ref with a cleanup), not from a state the
  // ref sets, which re-rendered the whole message list right after it mounted.
  const ref = useCallback(
    (next: T | null) => {
      node.current = next;
      const content = next?.firstElementChild;
      const resized = () => {
        const el = node.current;
        if (el) {
          const now = el.scrollHeight - el.clientHeight;
          const shrank = now < room.current;
          if (shrank) clamped.current = true;
          room.current = now;
          // A shrink may end the read without a scroll event. afterResize reads scrollTop only
          // for a shrink while unpinned: a stream's growth costs no layout read more than before.
          const was = state.current;
          state.current = afterResize(was, el, shrank);
          if (state.current !== was) setAway(false);
        }
        follow();
      };
      const observer = content && typeof ResizeObserver !== "undefined" ? new ResizeObserver(resized) : undefined;
      if (content && next) {
        observer?.observe(content);
        observer?.observe(next);
      }
      // Releases and keys happen anywhere on the page (a drag ends outside, PageUp from the body).
      const release = (e: Event) => {
        input.current = { held: false, lastAt: e.timeStamp };
      };
      const key = (e: KeyboardEvent) => {
        const target = e.target as HTMLElement | null;
        if (SCROLL_KEYS.has(e.key) && !target?.closest?.("input, textarea, select, [contenteditable]")) input.current = { ...input.current, lastAt: e.timeStamp };
      };
      if (next) {
        for (const type of ["pointerup", "pointercancel", "touchend", "touchcancel"]) window.addEventListener(type, release, true);
        window.addEventListener("keydown", key, true);
      }
      return () => {
        observer?.disconnect();
        for (const type of ["pointerup", "pointercancel", "touchend", "touchcancel"]) window.removeEventListener(type, release, true);
        window.removeEventListener("keydown", key, true);
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

  /** Stop following, as if the user had scrolled up (the view was moved to an older message). */
  const hold = useCallback(() => {
    const el = node.current;
    state.current = { stuck: false, lastTop: el?.scrollTop ?? 0 };
    if (el) el.style.overflowAnchor = "";
    setAway(true);
  }, []);

  const jump = useCallback(() => {
    state.current = { ...state.current, stuck: true };
    setAway(false);
    node.current?.scrollTo({ top: node.current.scrollHeight });
  }, []);

  const press = (e: { timeStamp: number }) => {
    input.current = { held: true, lastAt: e.timeStamp };
  };
  const handlers = {
    onWheel: (e: WheelEvent<T>) => {
      input.current = { ...input.current, lastAt: e.timeStamp };
      state.current = afterWheel(state.current, e.deltaY);
      unpinned(e.currentTarget);
    },
    onPointerDown: press,
    onTouchStart: press,
    onScroll: (e: UIEvent<T>) => {
      const el = e.currentTarget;
      const byUser = !clamped.current || userIsScrolling(input.current, e.timeStamp);
      clamped.current = false;
      room.current = el.scrollHeight - el.clientHeight;
      state.current = afterScroll(state.current, el, byUser);
      unpinned(el);
      setAway(!state.current.stuck);
    },
  };

  const isFollowing = useCallback(() => state.current.stuck, []);

  return { ref, node, follow, reset, hold, jump, away, handlers, isFollowing };
}
