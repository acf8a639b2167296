import { vi } from "vitest";

/**
 * Waits until `check` stops throwing. vi.waitFor's own default gives up after one second, which
 * is a speed assertion in disguise: beside a `next build` on two cores, an IndexedDB round trip or
 * a PDF page render can take longer. The long limit only matters when something is really stuck.
 */
export function eventually<T>(check: () => T | Promise<T>): Promise<T> {
  return vi.waitFor(check, { timeout: 60_000, interval: 10 });
}
