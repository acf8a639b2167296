"use client";

import { useCallback, useEffect, useLayoutEffect, useRef, type RefObject } from "react";
import { usePrintLayout } from "./use-print-layout";

/** Every message: on paper the whole chat is printed. */
export const ALL = Number.MAX_SAFE_INTEGER;

/** The message at the top of the view and how far below the list's top edge it starts. */
interface Anchor {
  id: string;
  offset: number;
}

interface Place {
  shown: number;
  anchor: Anchor | null;
  following: boolean;
}

interface Options {
  scroller: RefObject<HTMLDivElement | null>;
  shown: number;
  setShown: (shown: number) => void;
  isFollowing: () => boolean;
  hold: () => void;
  jump: () => void;
}

/** The first mounted message whose bottom is below the list's top edge (rows in order: a binary search). */
function topAnchor(list: HTMLElement): Anchor | null {
  const rows = list.querySelectorAll<HTMLElement>("[data-message-id]");
  const top = list.getBoundingClientRect().top;
  let [lo, hi] = [0, rows.length - 1];
  if (hi < 0) return null;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (rows[mid].getBoundingClientRect().bottom > top) hi = mid;
    else lo = mid + 1;
  }
  return { id: rows[lo].dataset.messageId!, offset: rows[lo].getBoundingClientRect().top - top };
}

/**
 * Printing mounts every message of a long chat (use-print-layout.ts); afterwards the list goes
 * back to the window it had on screen (a 500-message chat left fully mounted stayed slow until a
 * reload), and the reader to the message they were reading. On paper the list is a plain block,
 * so its scroll position is gone by the time the print query's change is heard: the message at
 * the top of the view is noted as the reader scrolls (once a frame), not read then.
 */
export function usePrintWindow({ scroller, shown, setShown, isFollowing, hold, jump }: Options): void {
  const onScreen = useRef<Place>({ shown, anchor: null, following: true });
  const printed = useRef<Place | null>(null);
  const back = useRef<Place | null>(null);
  usePrintLayout(
    useCallback(() => {
      // Whether it followed the answer is read now: on paper the list has no bottom to follow.
      printed.current = { ...onScreen.current, following: isFollowing() };
      setShown(ALL);
    }, [isFollowing, setShown]),
    useCallback(() => {
      back.current = printed.current;
      printed.current = null;
      if (back.current) setShown(back.current.shown);
    }, [setShown]),
  );

  useEffect(() => {
    if (shown !== ALL) onScreen.current.shown = shown;
  }, [shown]);

  useEffect(() => {
    const el = scroller.current;
    if (!el) return;
    let frame = 0;
    const note = () => {
      if (printed.current || frame) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        if (!printed.current) onScreen.current.anchor = topAnchor(el);
      });
    };
    el.addEventListener("scroll", note, { passive: true });
    return () => {
      el.removeEventListener("scroll", note);
      cancelAnimationFrame(frame);
    };
  }, [scroller]);

  // Before the list's own layout effect (declared after this hook), which would follow the bottom.
  useLayoutEffect(() => {
    const place = back.current;
    const el = scroller.current;
    const content = el?.firstElementChild;
    if (!place || !el || !content || shown === ALL) return;
    back.current = null;
    if (place.following || !place.anchor) return jump();
    const { id, offset } = place.anchor;
    const toAnchor = () => {
      const row = el.querySelector(`[data-message-id="${CSS.escape(id)}"]`);
      if (row) el.scrollTop += row.getBoundingClientRect().top - el.getBoundingClientRect().top - offset;
    };
    toAnchor();
    hold();
    // Rows laid out for paper and back take their screen heights over the next frames
    // (content-visibility remembers sizes): keep the message in place until the reader does
    // anything (scrolls, clicks, types: a question sent must not be pulled back up).
    const observer = new ResizeObserver(toAnchor);
    observer.observe(content);
    const inputs = ["wheel", "pointerdown", "touchstart", "keydown"] as const;
    const stop = () => {
      observer.disconnect();
      for (const type of inputs) window.removeEventListener(type, stop, true);
    };
    for (const type of inputs) window.addEventListener(type, stop, { capture: true, passive: true });
    return stop;
  }, [shown, scroller, hold, jump]);
}
