"use client";

import { cloneElement, useEffect, useId, useLayoutEffect, useRef, useState, type ReactElement, type ReactNode, type SyntheticEvent } from "react";
import { createPortal } from "react-dom";
import { placeTooltip, type Side } from "@/lib/ui/place-tooltip";

export interface TooltipProps {
  content: ReactNode;
  children: ReactElement;
  side?: Side;
}

const DELAY = 400;
/** Moving from one control to the next within this long shows the next hint at once. */
const SKIP = 300;
let lastClosed = 0;

type Handler = (e: SyntheticEvent<HTMLElement>) => void;

/**
 * A hover/focus hint for a control (which keeps its own accessible name): shown after a short
 * hover or on keyboard focus, hidden on leaving, blur, a press or Escape. It never takes pointer
 * events, so it cannot cover a control the user (or a test) is about to click.
 *
 * Hand-written rather than Radix's: a closed tooltip is this one component and its control, with
 * nothing to load after the first screen and no re-mount when it arrives; the bubble (a portal)
 * exists only while shown. Header controls render once each (docs/decisions/startup-reads.md).
 */
export function Tooltip({ content, children, side = "bottom" }: TooltipProps) {
  return useTooltip(content, side)(children);
}

/**
 * Tooltip's behaviour as a hook, for a component that makes its control itself (IconButton):
 * returns a function that adds the hint's handlers to the control and the bubble beside it, so
 * the control and its hint are one component's render rather than three (render-work.md).
 */
export function useTooltip(content: ReactNode, side: Side = "bottom"): (control: ReactElement) => ReactElement {
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const id = useId();
  const cancel = () => clearTimeout(timer.current);
  const hide = () => {
    cancel();
    setAnchor(null);
  };
  useEffect(() => () => clearTimeout(timer.current), []);
  useEffect(() => {
    if (!anchor) return;
    const hide = () => setAnchor(null);
    const onKey = (e: KeyboardEvent) => e.key === "Escape" && hide();
    document.addEventListener("keydown", onKey, true);
    window.addEventListener("scroll", hide, true);
    return () => {
      document.removeEventListener("keydown", onKey, true);
      window.removeEventListener("scroll", hide, true);
      lastClosed = Date.now();
    };
  }, [anchor]);

  return (control) => {
    const own = control.props as Record<string, Handler | string | undefined>;
    const chain = (name: string, fn: Handler): Handler => (e) => {
      (own[name] as Handler | undefined)?.(e);
      fn(e);
    };
    const trigger = cloneElement(control, {
      onPointerEnter: chain("onPointerEnter", (e) => {
        if ((e.nativeEvent as PointerEvent).pointerType === "touch") return;
        const el = e.currentTarget;
        cancel();
        if (Date.now() - lastClosed < SKIP) setAnchor(el);
        else timer.current = setTimeout(() => setAnchor(el), DELAY);
      }),
      onPointerLeave: chain("onPointerLeave", hide),
      onPointerDown: chain("onPointerDown", hide),
      // Keyboard focus only: a click also focuses, and its hint would sit over what it opened.
      onFocus: chain("onFocus", (e) => e.currentTarget.matches(":focus-visible") && setAnchor(e.currentTarget)),
      onBlur: chain("onBlur", hide),
      "aria-describedby": anchor ? id : own["aria-describedby"],
    } as Record<string, unknown>);
    return (
      <>
        {trigger}
        {anchor && createPortal(<Bubble id={id} anchor={anchor} side={side}>{content}</Bubble>, document.body)}
      </>
    );
  };
}

function Bubble({ id, anchor, side, children }: { id: string; anchor: HTMLElement; side: Side; children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const el = ref.current!;
    const { top, left } = placeTooltip(anchor.getBoundingClientRect(), el.getBoundingClientRect(), side, { width: innerWidth, height: innerHeight });
    el.style.transform = `translate(${Math.round(left)}px, ${Math.round(top)}px)`;
    el.style.visibility = "visible";
  }, [anchor, side]);
  return (
    <div ref={ref} id={id} role="tooltip" style={{ visibility: "hidden" }} className="pointer-events-none fixed left-0 top-0 z-50 max-w-64 rounded-md bg-inverse px-2 py-1 text-xs text-on-inverse shadow-md">
      {children}
    </div>
  );
}
