import type { HighlightReply, HighlightRequest } from "./highlight.worker";
import type { ThemedToken } from "./highlighter";

export interface HighlightOutcome {
  lines: ThemedToken[][] | null;
  /** Tokenising time inside the worker, and lines tokenised (for the benchmark). */
  ms: number;
  linesTokenized: number;
}

let worker: Worker | null | undefined;
let nextId = 1;
const waiting = new Map<number, (reply: HighlightReply) => void>();

function getWorker(): Worker | null {
  if (worker !== undefined) return worker;
  try {
    worker = new Worker(new URL("./highlight.worker.ts", import.meta.url), { type: "module" });
    worker.onmessage = (e: MessageEvent<HighlightReply>) => {
      waiting.get(e.data.id)?.(e.data);
      waiting.delete(e.data.id);
    };
    worker.onerror = () => {
      // A worker that cannot start: fall back to highlighting on the main thread.
      worker = null;
      for (const [id, resolve] of waiting) resolve({ id, lines: null, ms: 0, linesTokenized: 0 });
      waiting.clear();
    };
  } catch {
    worker = null;
  }
  return worker;
}

/** Highlights a code block's current text; `block` identifies the block across updates. */
export async function highlightBlock(block: string, lang: string, code: string): Promise<HighlightOutcome> {
  const w = getWorker();
  if (!w) return highlightHere(block, lang, code);
  const id = nextId++;
  const reply = await new Promise<HighlightReply>((resolve) => {
    waiting.set(id, resolve);
    w.postMessage({ type: "highlight", id, block, lang, code } satisfies HighlightRequest);
  });
  return reply;
}

export function disposeBlock(block: string): void {
  worker?.postMessage({ type: "dispose", block } satisfies HighlightRequest);
  fallbackStates.delete(block);
}

const fallbackStates = new Map<string, import("./highlighter").HighlightState>();

async function highlightHere(block: string, lang: string, code: string): Promise<HighlightOutcome> {
  const mod = await import("./highlighter");
  if (!(await mod.ensureLanguage(lang))) return { lines: null, ms: 0, linesTokenized: 0 };
  const h = await mod.getHighlighter();
  const t0 = performance.now();
  const before = mod.highlightStats.linesTokenized;
  const r = mod.highlightIncremental(h, lang, code, fallbackStates.get(block));
  fallbackStates.set(block, r.state);
  return { lines: r.lines, ms: performance.now() - t0, linesTokenized: mod.highlightStats.linesTokenized - before };
}
