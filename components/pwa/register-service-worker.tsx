"use client";

import { useEffect } from "react";

/** Registers public/sw.js in production builds, so the saved chats open offline. */
export function RegisterServiceWorker() {
  useEffect(() => {
    if (process.env.NODE_ENV !== "production" || !("serviceWorker" in navigator)) return;
    navigator.serviceWorker.register("/sw.js", { scope: "/" }).catch(() => {
      // Without a worker the app still works online; nothing to tell the user.
    });
  }, []);
  return null;
}
