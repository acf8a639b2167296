"use client";

import { Tooltip as T } from "radix-ui";
import type { ReactElement, ReactNode } from "react";

export interface TooltipProps {
  content: ReactNode;
  children: ReactElement;
  side?: "top" | "bottom" | "left" | "right";
}

/**
 * Radix tooltip: shown on hover and keyboard focus, Escape hides it. It never takes pointer
 * events, so it cannot cover a control the user (or a test) is about to click.
 */
export default function RadixTooltip({ content, children, side = "bottom" }: TooltipProps) {
  return (
    <T.Provider delayDuration={400} skipDelayDuration={300}>
      <T.Root>
        <T.Trigger asChild>{children}</T.Trigger>
        <T.Portal>
          <T.Content side={side} sideOffset={6} className="pointer-events-none z-50 max-w-64 rounded-md bg-inverse px-2 py-1 text-xs text-on-inverse shadow-md">
            {content}
          </T.Content>
        </T.Portal>
      </T.Root>
    </T.Provider>
  );
}
