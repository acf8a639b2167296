"use client";

import { Tooltip as T } from "radix-ui";
import type { ReactElement, ReactNode } from "react";

/** One provider for the app: tooltips after a short hover, shown at once when moving between them. */
export function TooltipProvider({ children }: { children: ReactNode }) {
  return (
    <T.Provider delayDuration={400} skipDelayDuration={300}>
      {children}
    </T.Provider>
  );
}

/**
 * A hover/focus hint. It never takes pointer events, so it cannot cover a control the user (or a
 * test) is about to click; the trigger keeps its own accessible name.
 */
export function Tooltip({ content, children, side = "bottom" }: { content: ReactNode; children: ReactElement; side?: "top" | "bottom" | "left" | "right" }) {
  return (
    <T.Root>
      <T.Trigger asChild>{children}</T.Trigger>
      <T.Portal>
        <T.Content side={side} sideOffset={6} className="pointer-events-none z-50 max-w-64 rounded-md bg-inverse px-2 py-1 text-xs text-on-inverse shadow-md">
          {content}
        </T.Content>
      </T.Portal>
    </T.Root>
  );
}
