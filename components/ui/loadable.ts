"use client";

import { startTransition, useEffect, useState, type ComponentType } from "react";
import { afterFirstScreen } from "@/lib/ui/first-screen";

/**
 * A component fetched on demand that renders synchronously once fetched. Unlike `next/dynamic`
 * (React.lazy), its first render after loading does not suspend, so React's 300 ms throttle on
 * revealing suspended content never delays it (measured: the first search keystroke took ~310 ms
 * through `dynamic`, ~15 ms like the others this way).
 */
export function loadable<P extends object>(load: () => Promise<ComponentType<P>>, options: { when?: "after-first-screen" | "asked" } = {}) {
  let loaded: ComponentType<P> | undefined;
  let pending: Promise<ComponentType<P>> | undefined;
  let asked: () => void = () => undefined;
  const askedFor = new Promise<void>((resolve) => (asked = resolve));
  const preload = () => {
    asked();
    return (pending ??= load().then((c) => {
      loaded = c;
      return c;
    }));
  };
  // "asked": only preload() fetches it (code a page may never need, e.g. a new chat's message view).
  const asking = options.when === "asked";
  const ready = () => (asking ? askedFor : Promise.race([afterFirstScreen(), askedFor]));
  // Code swapped in after the first screen (a menu's Radix parts) renders in a transition, in
  // slices that yield to input rather than one long task. Code someone asked for (messages to
  // show) renders at once: a transition could be held back by a stream's constant updates.
  const swapIn = (set: () => void) => (asking ? set() : startTransition(set));
  /**
   * The component once fetched, undefined until then. Unless something already asked for it
   * (preload), the fetch starts after the page's first screen (lib/ui/first-screen.ts).
   */
  function useLoaded(): ComponentType<P> | undefined {
    const [component, setComponent] = useState(() => loaded);
    useEffect(() => {
      if (component) return;
      let live = true;
      (pending ?? ready().then(preload))
        .then((c) => live && swapIn(() => setComponent(() => c)))
        .catch(() => {
          pending = undefined; // a failed fetch (offline) is retried on the next mount
        });
      return () => {
        live = false;
      };
    }, [component]);
    return component;
  }
  return { preload, useLoaded };
}
