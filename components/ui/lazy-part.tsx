"use client";

import { lazy, Suspense, useState, type ComponentType } from "react";
import { PartUnavailable } from "./part-unavailable";

interface Options<P> {
  /** The notice sits where the part would have (an editor, a panel), not floating as a dialog's. */
  inline?: boolean;
  /** What the notice's Close does; by default the part's own `onClose`, when it has one. */
  close?: (props: P) => (() => void) | undefined;
  /** Shown instead of the notice (the Undo toast falls back to a plain one). */
  fallback?: ComponentType<P>;
  /** false: no Suspense boundary of its own; it suspends into its parent's. */
  boundary?: boolean;
}

/**
 * A component whose code is fetched when it first renders, as `next/dynamic` / `React.lazy`,
 * except that a fetch that fails does not throw: a failed lazy import reached Next's root error
 * page and replaced the whole app ("This page couldn't load"), e.g. offline with the chunk not
 * stored. The failed part shows a short notice (or `fallback`) in its place, and its next mount
 * (the dialog opened again) fetches again.
 */
export function lazyPart<P extends object>(load: () => Promise<ComponentType<P>>, options: Options<P> = {}): ComponentType<P> {
  const { inline = false, boundary = true, close = (props: P) => (props as { onClose?: () => void }).onClose } = options;
  const Failed = options.fallback ?? ((props: P) => <PartUnavailable inline={inline} onClose={close(props)} />);
  const attempt = () =>
    lazy(() =>
      load().then(
        (component) => ({ default: component }),
        () => {
          current = attempt();
          return { default: Failed };
        },
      ),
    );
  let current = attempt();
  function LazyPart(props: P) {
    // Kept per mount: the failed attempt stays failed here, and only a new mount tries again.
    const [Part] = useState(() => current);
    const part = <Part {...props} />;
    return boundary ? <Suspense fallback={null}>{part}</Suspense> : part;
  }
  return LazyPart;
}
