"use client";

import { useEffect } from "react";

/**
 * While `active`, closing or reloading the tab asks first, in the browser's own words (a page
 * cannot choose them). Registered only then: a beforeunload listener also keeps the page out of
 * the back-forward cache.
 */
export function useLeaveGuard(active: boolean): void {
  useEffect(() => {
    if (!active) return;
    const ask = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      // Older Chromium and Safari ask only when returnValue is set.
      event.returnValue = "";
    };
    window.addEventListener("beforeunload", ask);
    return () => window.removeEventListener("beforeunload", ask);
  }, [active]);
}
