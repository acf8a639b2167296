"use client";

import { useEffect, type RefObject } from "react";
import { focusWhenShown, isTouchOnly } from "@/components/chat/a11y/focus";

const FOCUSABLE = 'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

/**
 * The history drawer (under 768 px) covers the page behind a backdrop, so it holds the keyboard
 * like a dialog: opening it puts focus in its search box (not on touch-only screens, where that
 * would raise the on-screen keyboard), Tab and Shift+Tab cycle inside it, and closing it returns
 * focus to where it was. Before, focus stayed on the toggle and Tab walked through the header
 * and the messages hidden behind the drawer.
 */
export function useDrawerFocus(ref: RefObject<HTMLElement | null>, open: boolean) {
  useEffect(() => {
    const drawer = ref.current;
    if (!open || !drawer || matchMedia("(min-width: 768px)").matches) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (!isTouchOnly() && !drawer.contains(document.activeElement)) focusWhenShown("history-search");
    const onKey = (e: KeyboardEvent) => {
      // Only while focus is in the drawer: a dialog opened from it (Settings) keeps its own Tab.
      if (e.key !== "Tab" || !drawer.contains(document.activeElement)) return;
      const items = [...drawer.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((el) => el.getClientRects().length > 0);
      if (!items.length) return;
      const first = items[0];
      const last = items[items.length - 1];
      if (e.shiftKey && document.activeElement === first) {
        e.preventDefault();
        last.focus();
      } else if (!e.shiftKey && document.activeElement === last) {
        e.preventDefault();
        first.focus();
      }
    };
    document.addEventListener("keydown", onKey);
    return () => {
      document.removeEventListener("keydown", onKey);
      // Focus left inside the now hidden drawer would fall to the page's start.
      const active = document.activeElement;
      if (opener?.isConnected && (!active || active === document.body || drawer.contains(active))) opener.focus();
    };
  }, [open, ref]);
}
