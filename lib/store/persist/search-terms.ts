/**
 * How a query is split into terms and where they occur: shared by the search index (./search-core.ts)
 * and the message list, which marks the terms in the opened match (lib/ui/reveal-words.ts). A
 * module of its own so the list does not load the index's Markdown reader.
 */
export interface TextRange {
  start: number;
  end: number;
}

/** Lower-case without changing length, so ranges found in folded text apply to the original. */
export function fold(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower;
  return text.replace(/[\s\S]/g, (ch) => {
    const l = ch.toLowerCase();
    return l.length === 1 ? l : ch;
  });
}

export function parseQuery(query: string): string[] {
  const terms = fold(query).split(/\s+/).filter(Boolean);
  return [...new Set(terms)];
}

/** Every occurrence of every term in folded text, merged where they overlap. */
export function findRanges(folded: string, terms: string[]): TextRange[] {
  const ranges: TextRange[] = [];
  for (const term of terms) {
    for (let at = folded.indexOf(term); at !== -1; at = folded.indexOf(term, at + 1)) {
      ranges.push({ start: at, end: at + term.length });
    }
  }
  ranges.sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: TextRange[] = [];
  for (const range of ranges) {
    const last = merged[merged.length - 1];
    if (last && range.start <= last.end) last.end = Math.max(last.end, range.end);
    else merged.push({ ...range });
  }
  return merged;
}
