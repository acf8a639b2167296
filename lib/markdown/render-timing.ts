/**
 * Opt-in timing hooks for the rendering benchmark. Nothing is recorded unless a page sets
 * `window.__mdTiming = { renders: [], highlights: [] }`; otherwise each hook is one property read.
 */

export interface RenderSample {
  chars: number;
  ms: number;
  streaming: boolean;
  /** performance.now() at the end of the commit. */
  at: number;
}

export interface HighlightSample {
  lines: number;
  ms: number;
  linesTokenized: number;
  at: number;
}

interface Sink {
  renders: RenderSample[];
  highlights: HighlightSample[];
}

export function timingSink(): Sink | undefined {
  return typeof window === "undefined" ? undefined : (window as unknown as { __mdTiming?: Sink }).__mdTiming;
}
