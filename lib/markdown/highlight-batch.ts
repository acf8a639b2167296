/**
 * Where highlighted code meets the stream. A worker reply arriving between two streamed updates
 * would get a frame of its own (style, layout and paint of the whole answer again, several ms each
 * on a long answer); while an answer streams, replies wait instead for the next commit of a
 * streaming view (MarkdownView flushes in a layout effect, so they join that update's frame) or
 * for FALLBACK_MS, whichever comes first. With nothing streaming they apply at once.
 */

export const FALLBACK_MS = 100;

// Keyed by code block, so a newer reply for a block replaces an older one still waiting.
const pending = new Map<string, () => void>();
let streamingViews = 0;
let timer: ReturnType<typeof setTimeout> | null = null;

export function deliverHighlight(block: string, apply: () => void): void {
  if (streamingViews === 0) {
    pending.delete(block);
    apply();
    return;
  }
  pending.set(block, apply);
  timer ??= setTimeout(flushHighlights, FALLBACK_MS);
}

export function flushHighlights(): void {
  if (timer !== null) clearTimeout(timer);
  timer = null;
  if (pending.size === 0) return;
  const all = [...pending.values()];
  pending.clear();
  for (const apply of all) apply();
}

/** A view starts streaming; the returned function ends it (and flushes when it was the last). */
export function streamingViewStarted(): () => void {
  streamingViews++;
  return () => {
    streamingViews--;
    if (streamingViews === 0) flushHighlights();
  };
}
