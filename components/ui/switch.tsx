"use client";

import { Switch as S } from "radix-ui";
import type { ReactNode } from "react";
import { cn } from "@/lib/ui/cn";

interface Props {
  checked: boolean;
  onCheckedChange: (checked: boolean) => void;
  /** The accessible name. */
  label: string;
  /** Shown beside the track inside the control (hidden on phones unless always). */
  text?: ReactNode;
  disabled?: boolean;
  testId: string;
  className?: string;
}

/** An on/off switch (Radix: role="switch", aria-checked, Space and Enter toggle). */
export function Switch({ checked, onCheckedChange, label, text, disabled, testId, className }: Props) {
  return (
    <S.Root
      checked={checked}
      onCheckedChange={onCheckedChange}
      disabled={disabled}
      aria-label={label}
      data-testid={testId}
      className={cn(
        "group inline-flex h-9 items-center gap-2 rounded-lg px-2 text-sm outline-none hover:bg-muted focus-visible:ring-2 focus-visible:ring-ring disabled:cursor-not-allowed disabled:opacity-60 disabled:hover:bg-transparent",
        className,
      )}
    >
      <span className="relative h-5 w-9 rounded-full bg-line-strong transition-colors group-data-[state=checked]:bg-primary">
        <S.Thumb className="absolute left-0 top-0.5 block size-4 translate-x-0.5 rounded-full bg-on-primary shadow transition-transform data-[state=checked]:translate-x-4.5" />
      </span>
      {text}
    </S.Root>
  );
}
