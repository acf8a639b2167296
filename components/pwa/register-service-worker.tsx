"use client";

import { useEffect } from "react";

/**
 * Registers public/sw.js in production builds, so the saved chats open offline. Only once the
 * page has loaded and the main thread is idle: installing the worker fetches the app shell, which
 * must not compete with the first screen's own scripts on a phone's connection.
 * The build's id goes in the worker's URL: the file is the same after a deploy, and a new URL is
 * what makes the browser install it again, storing the new build's scripts while it installs
 * (which gets them V8's code cache at once: public/sw.js, `precacheShell`).
 */
export function RegisterServiceWorker({ build }: { build: string | null }) {
  useEffect(() => {
    if (process.env.NODE_ENV !== "production" || !("serviceWorker" in navigator)) return;
    const url = build ? `/sw.js?build=${encodeURIComponent(build)}` : "/sw.js";
    const register = () =>
      void navigator.serviceWorker
        .register(url, { scope: "/" })
        .then(() => navigator.serviceWorker.ready)
        // Whose page this is, so the offline copy of "/" is this person's (public/sw.js, keepShellScope).
        .then((ready) => ready.active?.postMessage({ type: "shell-scope", scope: document.documentElement.dataset.storageScope ?? "" }))
        .catch(() => {
          // Without a worker the app still works online; nothing to tell the user.
        });
    const idle = (window as { requestIdleCallback?: (cb: () => void, o?: { timeout: number }) => number }).requestIdleCallback;
    const whenIdle = () => (idle ? idle(register, { timeout: 5000 }) : setTimeout(register, 1000));
    if (document.readyState === "complete") whenIdle();
    else window.addEventListener("load", whenIdle, { once: true });
    return () => window.removeEventListener("load", whenIdle);
  }, [build]);
  return null;
}
