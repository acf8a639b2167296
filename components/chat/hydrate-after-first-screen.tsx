"use client";

import { use, type ReactNode } from "react";
import { afterFirstScreenPainted } from "@/lib/ui/first-screen";

/**
 * Holds a region's hydration until the first screen has painted. Inside a Suspense boundary the
 * server's HTML stays on screen meanwhile; a press or key anywhere lets it hydrate at once. On a
 * stored conversation the history column waits here, so React hydrates the messages and the
 * composer first instead of the list before them (in document order): opening one took 0.94x the
 * main-thread time to usable, and 0.93x the wall time (docs/decisions/startup-reads.md, round 12).
 */
export function HydrateAfterFirstScreen({ children }: { children: ReactNode }) {
  if (typeof window !== "undefined") use(afterFirstScreenPainted());
  return children;
}
