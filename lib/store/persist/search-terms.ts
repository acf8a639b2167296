/**
 * How a query is split into terms and where they occur: shared by the search index (./search-core.ts)
 * and the message list, which marks the terms in the opened match and scrolls to the window the
 * result's snippet was cut from (lib/ui/reveal-words.ts). A module of its own so the list does not
 * load the index's Markdown reader.
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

export interface TermWindow extends TextRange {
  /** How many different terms it holds. */
  terms: number;
}

/**
 * The shortest stretch of folded text holding one occurrence of each term the text has: the
 * snippet is cut around it, so "question 27" shows "question 27", not the first "question".
 */
export function bestWindow(folded: string, terms: string[]): TermWindow | null {
  const hits: { start: number; end: number; term: number }[] = [];
  terms.forEach((term, t) => {
    for (let at = folded.indexOf(term); at !== -1; at = folded.indexOf(term, at + 1)) hits.push({ start: at, end: at + term.length, term: t });
  });
  if (!hits.length) return null;
  if (terms.length === 1) return { start: hits[0].start, end: hits[0].end, terms: 1 };
  hits.sort((a, b) => a.start - b.start);
  const seen = new Array<number>(terms.length).fill(0);
  const present = new Set(hits.map((h) => h.term)).size;
  let covered = 0;
  let best: TermWindow | null = null;
  for (let left = 0, right = 0; right < hits.length; right++) {
    if (seen[hits[right].term]++ === 0) covered++;
    for (; covered === present; left++) {
      let end = hits[right].end;
      for (let i = left; i < right; i++) end = Math.max(end, hits[i].end);
      if (!best || end - hits[left].start < best.end - best.start) best = { start: hits[left].start, end, terms: present };
      if (--seen[hits[left].term] === 0) covered--;
    }
  }
  return best;
}
