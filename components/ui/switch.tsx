"use client";

import type { ReactNode } from "react";
import { cn } from "@/lib/ui/cn";

interface Props {
  checked: boolean;
  onCheckedChange: (checked: boolean) => void;
  /** The accessible name. */
  label: string;
  /** Shown beside the track inside the control (hidden on phones unless always). */
  text?: ReactNode;
  /** Drawn in the thumb: says what the switch is for where `text` has no room, in no extra width. */
  thumbIcon?: ReactNode;
  disabled?: boolean;
  testId: string;
  className?: string;
}

/**
 * An on/off switch: a native button with role="switch" and aria-checked, so Space and Enter
 * toggle it and a disabled one takes no focus. Hand-written rather than Radix's: both switches
 * sit on every page's first screen, where Radix's Switch was seven components and its code part
 * of the first load (docs/decisions/render-work.md); outside a form it did nothing more.
 */
export function Switch({ checked, onCheckedChange, label, text, thumbIcon, disabled, testId, className }: Props) {
  const state = checked ? "checked" : "unchecked";
  return (
    <button
      type="button"
      role="switch"
      aria-checked={checked}
      aria-label={label}
      data-state={state}
      data-disabled={disabled ? "" : undefined}
      disabled={disabled}
      data-testid={testId}
      onClick={() => onCheckedChange(!checked)}
      className={cn(
        "group inline-flex h-9 items-center gap-2 rounded-lg px-2 text-sm outline-none hover:bg-muted focus-visible:ring-2 focus-visible:ring-ring disabled:cursor-not-allowed disabled:opacity-60 disabled:hover:bg-transparent",
        className,
      )}
    >
      <span className="relative h-5 w-9 rounded-full bg-line-strong transition-colors group-data-[state=checked]:bg-primary">
        <span data-state={state} className="absolute left-0 top-0.5 flex size-4 translate-x-0.5 items-center justify-center rounded-full bg-on-primary text-muted-fg shadow transition-transform data-[state=checked]:translate-x-4.5 data-[state=checked]:text-primary [&_svg]:size-3 [&_svg]:stroke-[2.5]">
          {thumbIcon}
        </span>
      </span>
      {text}
    </button>
  );
}
