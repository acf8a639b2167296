"use client";

import { startTransition, useCallback, useEffect, useRef, useState, type ComponentType, type FocusEvent, type KeyboardEvent, type MouseEvent } from "react";
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
    return (pending ??= load().then(
      (c) => {
        loaded = c;
        return c;
      },
      (error: unknown) => {
        pending = undefined; // a failed fetch (offline) is tried again when next asked for
        throw error;
      },
    ));
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
   * (preload), the fetch starts after the page's first screen (lib/ui/first-screen.ts); with
   * `when: "asked"`, only when something asks (e.g. useOpenedOnDemand).
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

/** How a menu was first opened: a keyboard open puts focus on its first item, as Radix does. */
export type OpenedBy = "pointer" | "keyboard";

/**
 * A menu that is neither fetched nor mounted until the user opens it (docs/decisions/render-work.md):
 * its closed trigger (the same look) takes `trigger`; pointing at or focusing it fetches the
 * code, opening it mounts the menu, open (`openedBy`). The menu calls `opened` once mounted, so
 * a later mount (the conversation saved again) starts closed. `menu` is made with
 * `loadable(..., { when: "asked" })`.
 */
export function useOpenedOnDemand<P extends object>(menu: ReturnType<typeof loadable<P>>) {
  const Loaded = menu.useLoaded();
  const [state, setState] = useState<{ asked: boolean; openedBy: OpenedBy | null }>({ asked: false, openedBy: null });
  const fetchCode = () => void menu.preload().catch(() => undefined);
  const open = (how: OpenedBy) => {
    fetchCode();
    setState((s) => (s.asked ? s : { asked: true, openedBy: how }));
  };
  const opened = useCallback(() => setState((s) => (s.openedBy ? { ...s, openedBy: null } : s)), []);
  const trigger = {
    onPointerEnter: fetchCode,
    onFocus: fetchCode,
    // Enter and Space reach a button as a click with no pointer detail.
    onClick: (e: MouseEvent) => open(e.detail === 0 ? "keyboard" : "pointer"),
    onKeyDown: (e: KeyboardEvent) => {
      if (e.key !== "ArrowDown") return;
      e.preventDefault();
      open("keyboard");
    },
  };
  return { Menu: state.asked ? Loaded : undefined, openedBy: state.openedBy, opened, trigger };
}

/** Props of a menu mounted on demand: how it was first opened, and the call that it has been. */
export interface OnDemandMenuProps {
  openedBy?: OpenedBy | null;
  onOpened?: () => void;
}

/** Tells useOpenedOnDemand, once mounted, that the menu has taken its first opening. */
export function useOpenedOnce(onOpened: (() => void) | undefined): void {
  useEffect(() => onOpened?.(), [onOpened]);
}

/**
 * For a menu mounted open by a keyboard: its content's first focus goes to its first item, as
 * Radix does when its own trigger is opened from the keyboard (Radix only knows of key presses
 * made while it was mounted). Pass the result as the menu content's onFocus.
 */
export function useFirstItemFocus(openedBy: OpenedBy | null | undefined) {
  const pending = useRef(openedBy === "keyboard");
  return (event: FocusEvent<HTMLElement>) => {
    if (!pending.current || event.target !== event.currentTarget) return;
    pending.current = false;
    const first = event.currentTarget.querySelector<HTMLElement>('[role="menuitem"]:not([data-disabled])');
    if (!first) return;
    event.preventDefault(); // Radix's own entry focus (the content itself) is skipped
    first.focus();
  };
}
