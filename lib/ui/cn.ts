import { clsx, type ClassValue } from "clsx";
import { twMerge } from "tailwind-merge";
import { FIRST_SCREEN_MERGES } from "./cn-first-screen";

/** The first screen's merges by their joined input (an entry without an output merges to itself). */
const known = new Map<string, string>(FIRST_SCREEN_MERGES.map(([input, output = input]) => [input, output]));

/**
 * Joins class names; a later Tailwind class wins over an earlier one of the same property.
 *
 * tailwind-merge builds a map of every Tailwind class on its first call (~8–9 ms of a page start's
 * main thread), so the class strings of the first screens of `/` and of a stored conversation
 * (its message controls) are looked up in a table of twMerge's own results (./cn-first-screen.ts,
 * each entry checked against twMerge by cn.test.ts); any other string is merged as before.
 * docs/decisions/startup-reads.md, round 6 of the history list and "the read's last task".
 */
export function cn(...inputs: ClassValue[]): string {
  const joined = clsx(inputs);
  const hit = known.get(joined);
  if (hit !== undefined) return hit;
  // Bench builds only: the strings the table lacks, read by e2e/bench/cn-table.ts to regenerate it.
  if (process.env.NEXT_PUBLIC_BENCH === "1") ((globalThis as { __glmCnMisses?: string[] }).__glmCnMisses ??= []).push(joined);
  return twMerge(joined);
}
