import { clsx, type ClassValue } from "clsx";
import { twMerge } from "tailwind-merge";

/**
 * Joins class names; a later Tailwind class wins over an earlier one of the same property.
 *
 * tailwind-merge builds a map of every Tailwind class on its first call (~8–9 ms of a page start's
 * main thread). The first screens call it for nothing: the kit's controls join their component
 * classes with `withKitClass` below, which needs no merge (docs/decisions/kit-classes.md).
 */
export function cn(...inputs: ClassValue[]): string {
  const joined = clsx(inputs);
  // Bench builds only: what reaches tailwind-merge, read by e2e/bench/cn-table.ts.
  if (process.env.NEXT_PUBLIC_BENCH === "1") ((globalThis as { __glmCnMisses?: string[] }).__glmCnMisses ??= []).push(joined);
  return twMerge(joined);
}

/**
 * Joins a kit component class (components/ui/kit.css) with a caller's classes. No merge: the kit's
 * classes sit in the components layer, below every utility, so the caller's utilities win by the
 * cascade.
 */
export function withKitClass(kit: string, className: string | undefined): string {
  return className ? `${kit} ${className}` : kit;
}
