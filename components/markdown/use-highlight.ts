"use client";

import { useEffect, useId, useState } from "react";
import type { ThemedToken } from "@/lib/markdown/highlighter";
import { deliverHighlight } from "@/lib/markdown/highlight-batch";
import { timingSink } from "@/lib/markdown/render-timing";

export interface Highlighted {
  /** Tokens for the lines of `done`; the rest of the code is shown as plain text. */
  lines: ThemedToken[][];
  done: string;
}

/**
 * Highlights code after first paint (the block shows plain text meanwhile), in a Web Worker
 * so shiki's grammar compilation never blocks the stream; shiki never lands in the initial chunk.
 */
export function useHighlight(code: string, lang: string | null): Highlighted | null {
  const [result, setResult] = useState<Highlighted | null>(null);
  const block = useId();

  useEffect(() => {
    return () => {
      void import("@/lib/markdown/highlight-client").then((m) => m.disposeBlock(block));
    };
  }, [block]);

  useEffect(() => {
    if (!lang) return;
    let cancelled = false;
    (async () => {
      const { highlightBlock } = await import("@/lib/markdown/highlight-client");
      const r = await highlightBlock(block, lang, code);
      if (cancelled || !r.lines) return;
      timingSink()?.highlights.push({ lines: r.lines.length, ms: r.ms, linesTokenized: r.linesTokenized, at: performance.now() });
      const lines = r.lines;
      // Joins the next streamed update's frame rather than painting the answer once more.
      deliverHighlight(block, () => !cancelled && setResult({ lines, done: code }));
    })().catch(() => {
      /* highlighting is cosmetic: on failure the plain text stays */
    });
    return () => {
      cancelled = true;
    };
  }, [block, code, lang]);

  if (!lang || !result) return null;
  if (result.done === code) return result;
  // The code grew since the last highlight: keep the finished lines, show the rest plain.
  if (code.startsWith(result.done)) {
    const complete = result.done.lastIndexOf("\n") + 1;
    const count = result.done.slice(0, complete).split("\n").length - 1;
    return { lines: result.lines.slice(0, count), done: result.done.slice(0, complete) };
  }
  return null;
}
