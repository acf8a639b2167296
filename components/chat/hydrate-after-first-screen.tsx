"use client";

import { use, type ReactNode } from "react";
import { afterFirstScreenPainted } from "@/lib/ui/first-screen";

/**
 * Holds a region's hydration until the first screen has painted. Inside a Suspense boundary the
 * server's HTML stays on screen meanwhile; a press, key or click anywhere lets it hydrate within
 * that event (lib/ui/first-screen.ts). On a stored conversation the history column waits here,
 * so React hydrates the messages and the composer first instead of the list before them (in
 * document order): opening one took 0.93x the main-thread time to usable of the build before
 * (docs/decisions/startup-reads.md, round 12).
 */
export function HydrateAfterFirstScreen({ children }: { children: ReactNode }) {
  if (typeof window !== "undefined") use(afterFirstScreenPainted());
  return children;
}
