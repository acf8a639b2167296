"use client";

import type { ReactNode } from "react";
import { withKitClass } from "@/lib/ui/cn";

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
      className={withKitClass("switch group", className)}
    >
      <span className="switch-track">
        <span data-state={state} className="switch-thumb">
          {thumbIcon}
        </span>
      </span>
      {text}
    </button>
  );
}
