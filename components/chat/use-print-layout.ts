"use client";

import { useEffect } from "react";
import { flushSync } from "react-dom";

/**
 * A chat printed (or saved as PDF) is the whole conversation on paper: every message mounted (a
 * long chat mounts only its newest ones) and the light theme, since browsers leave out backgrounds
 * and a dark theme's light text vanished on white. The layout itself is `print:` classes.
 * `beforeprint` comes from the print dialog; the print query's change covers emulation too.
 * After printing `showWindow` goes back to the screen's window of messages: a 500-message chat
 * left fully mounted stayed slow until a reload.
 */
export function usePrintLayout(showAll: () => void, showWindow: () => void) {
  useEffect(() => {
    const root = document.documentElement;
    let wasDark: boolean | null = null;
    const start = () => {
      if (wasDark !== null) return;
      wasDark = root.classList.contains("dark");
      root.classList.remove("dark");
      // Synchronously: the page is laid out for paper as soon as this event returns.
      flushSync(showAll);
    };
    const end = () => {
      if (wasDark === null) return;
      if (wasDark) root.classList.add("dark");
      wasDark = null;
      showWindow();
    };
    const print = matchMedia("print");
    const change = () => (print.matches ? start() : end());
    window.addEventListener("beforeprint", start);
    window.addEventListener("afterprint", end);
    print.addEventListener("change", change);
    return () => {
      window.removeEventListener("beforeprint", start);
      window.removeEventListener("afterprint", end);
      print.removeEventListener("change", change);
    };
  }, [showAll, showWindow]);
}
