"use client";

import { lazy, Suspense, useEffect, useState } from "react";
import type { TooltipProps } from "./tooltip-radix";

// Tooltips sit on first-screen buttons but are never needed to paint them: the Radix code (with
// its positioning engine) loads after hydration, and until then the bare control is shown.
const RadixTooltip = lazy(() => import("./tooltip-radix"));

/** A hover/focus hint for a control (which keeps its own accessible name). */
export function Tooltip(props: TooltipProps) {
  const [mounted, setMounted] = useState(false);
  useEffect(() => setMounted(true), []);
  if (!mounted) return props.children;
  return (
    <Suspense fallback={props.children}>
      <RadixTooltip {...props} />
    </Suspense>
  );
}
