"use client";

import type { TooltipProps } from "./tooltip-radix";
import { loadable } from "./loadable";

// Tooltips sit on first-screen buttons but are never needed to paint them: the Radix code (with
// its positioning engine) loads after hydration, and until then the bare control is shown.
// Swapped in without a Suspense boundary: its fallback would mount the control a third time.
const radix = loadable(() => import("./tooltip-radix").then((m) => m.default));

/** A hover/focus hint for a control (which keeps its own accessible name). */
export function Tooltip(props: TooltipProps) {
  const RadixTooltip = radix.useLoaded();
  return RadixTooltip ? <RadixTooltip {...props} /> : props.children;
}
