"use client";

import { ChevronDown } from "lucide-react";
import { cn } from "@/lib/ui/cn";

interface Props {
  value: string;
  onChange: (value: string) => void;
  options: { value: string; label: string; lang?: string }[];
  /** The accessible name (also shown above the control). */
  label: string;
  testId: string;
  className?: string;
}

/** A labelled native select: the platform's own keyboard, touch and screen-reader behaviour. */
export function Select({ value, onChange, options, label, testId, className }: Props) {
  return (
    <label className={cn("block space-y-1", className)}>
      <span className="text-sm font-medium">{label}</span>
      <span className="relative block">
        <select
          data-testid={testId}
          value={value}
          onChange={(e) => onChange(e.currentTarget.value)}
          className="w-full appearance-none rounded-lg border border-line-strong bg-surface py-1.5 pl-3 pr-8 text-sm outline-none focus-visible:ring-2 focus-visible:ring-ring"
        >
          {options.map((o) => (
            <option key={o.value} value={o.value} lang={o.lang}>
              {o.label}
            </option>
          ))}
        </select>
        <ChevronDown aria-hidden className="pointer-events-none absolute right-2 top-1/2 size-4 -translate-y-1/2 text-muted-fg" />
      </span>
    </label>
  );
}
