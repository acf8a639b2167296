"use client";

import { useEffect, type RefObject } from "react";
import { focusWhenShown, isTouchOnly } from "@/components/chat/a11y/focus";
import { WIDE_QUERY } from "@/lib/ui/wide";

const FOCUSABLE = 'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

/** What the drawer covers: marked in the shell (components/chat/chat-app.tsx). */
const BEHIND = "[data-behind-drawer]";

/**
 * The history drawer (narrow or short screens, lib/ui/wide.ts) covers the page behind a backdrop, so it holds the keyboard
 * like a dialog: opening it puts focus in its search box, or on a touch-only screen on the drawer
 * itself (the search box would raise the on-screen keyboard); Tab and Shift+Tab cycle inside it;
 * the page behind is inert, so neither Tab nor a screen reader reaches what the backdrop hides;
 * closing it returns focus to where it was. Before, on a touch screen focus stayed on the toggle
 * and Tab walked through the header and the messages behind the drawer.
 */
export function useDrawerFocus(ref: RefObject<HTMLElement | null>, open: boolean) {
  useEffect(() => {
    const drawer = ref.current;
    const wide = matchMedia(WIDE_QUERY);
    if (!open || !drawer || wide.matches) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const behind = [...document.querySelectorAll<HTMLElement>(BEHIND)];
    // Becoming wide turns the drawer into the column beside the page: the page is live again.
    const holdPage = () => {
      for (const el of behind) el.inert = !wide.matches;
    };
    holdPage();
    wide.addEventListener("change", holdPage);
    if (!drawer.contains(document.activeElement)) {
      if (isTouchOnly()) drawer.focus({ preventScroll: true });
      else focusWhenShown("history-search");
    }
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== "Tab" || wide.matches) return;
      const active = document.activeElement;
      // Focus on the page itself (the toggle went inert under it) is brought in; focus in a dialog
      // opened from the drawer (Settings) or in the Undo offer keeps its own Tab.
      const lost = !active || active === document.body || behind.some((el) => el.contains(active));
      if (!lost && !drawer.contains(active)) return;
      const items = [...drawer.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((el) => el.getClientRects().length > 0);
      if (!items.length) return;
      const first = items[0];
      const last = items[items.length - 1];
      // From the drawer itself (focused on a touch screen) Shift+Tab would leave the page.
      const outside = lost || active === drawer;
      if (e.shiftKey && (outside || active === first)) {
        e.preventDefault();
        last.focus();
      } else if (!e.shiftKey && (lost || active === last)) {
        e.preventDefault();
        first.focus();
      }
    };
    document.addEventListener("keydown", onKey);
    return () => {
      document.removeEventListener("keydown", onKey);
      wide.removeEventListener("change", holdPage);
      // Live again before focus goes back: an inert toggle cannot take it.
      for (const el of behind) el.inert = false;
      // Focus left inside the now hidden drawer would fall to the page's start.
      const active = document.activeElement;
      if (opener?.isConnected && (!active || active === document.body || drawer.contains(active))) opener.focus();
    };
  }, [open, ref]);
}
