/// <reference lib="webworker" />
/**
 * Highlighting off the main thread: shiki compiles a grammar's regexes on its first use of a
 * language (60-130 ms), which would otherwise be a long task in the middle of a stream. The
 * worker keeps each code block's incremental state, so finished lines are never redone.
 */
import { ensureLanguage, getHighlighter, highlightIncremental, highlightStats, type HighlightState } from "./highlighter";

// Off the main thread a slow line costs no frames, and a line cut short stays plain for good
// (finished lines are never tokenised again): allow far more than the main thread's 50 ms, so a
// busy machine still colours whole lines. Lines over 2,000 characters stay plain regardless.
const WORKER_LINE_LIMIT_MS = 1000;

export type HighlightRequest = { type: "highlight"; id: number; block: string; lang: string; code: string } | { type: "dispose"; block: string };
export type HighlightReply = { id: number; lines: import("./highlighter").ThemedToken[][] | null; ms: number; linesTokenized: number };

const states = new Map<string, HighlightState>();

self.onmessage = async (event: MessageEvent<HighlightRequest>) => {
  const msg = event.data;
  if (msg.type === "dispose") {
    states.delete(msg.block);
    return;
  }
  let reply: HighlightReply = { id: msg.id, lines: null, ms: 0, linesTokenized: 0 };
  try {
    if (await ensureLanguage(msg.lang)) {
      const h = await getHighlighter();
      const t0 = performance.now();
      const before = highlightStats.linesTokenized;
      const r = highlightIncremental(h, msg.lang, msg.code, states.get(msg.block), WORKER_LINE_LIMIT_MS);
      states.set(msg.block, r.state);
      reply = { id: msg.id, lines: r.lines, ms: performance.now() - t0, linesTokenized: highlightStats.linesTokenized - before };
    }
  } catch {
    // Cosmetic: the block keeps its plain text.
  }
  (self as unknown as Worker).postMessage(reply);
};
