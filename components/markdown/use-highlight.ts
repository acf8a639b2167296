"use client";

import { useEffect, useRef, useState } from "react";
import type { HighlightState, ThemedToken } from "@/lib/markdown/highlighter";

export interface Highlighted {
  /** Tokens for the lines of `done`; the rest of the code is shown as plain text. */
  lines: ThemedToken[][];
  done: string;
}

/**
 * Highlights code after first paint (the block shows plain text meanwhile). The highlighter
 * module itself is imported lazily so shiki never lands in the initial chunk.
 */
export function useHighlight(code: string, lang: string | null): Highlighted | null {
  const [result, setResult] = useState<Highlighted | null>(null);
  const state = useRef<HighlightState | undefined>(undefined);

  useEffect(() => {
    if (!lang) return;
    let cancelled = false;
    (async () => {
      const mod = await import("@/lib/markdown/highlighter");
      if (!(await mod.ensureLanguage(lang)) || cancelled) return;
      const h = await mod.getHighlighter();
      if (cancelled) return;
      const r = mod.highlightIncremental(h, lang, code, state.current);
      state.current = r.state;
      setResult({ lines: r.lines, done: code });
    })().catch(() => {
      /* highlighting is cosmetic: on failure the plain text stays */
    });
    return () => {
      cancelled = true;
    };
  }, [code, lang]);

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
