/** Split text into plain and highlighted pieces from [start, end) ranges (search results). */
export interface Piece {
  text: string;
  hit: boolean;
}

export function highlightPieces(text: string, ranges: { start: number; end: number }[]): Piece[] {
  const sorted = [...ranges].filter((r) => r.end > r.start).sort((a, b) => a.start - b.start);
  const pieces: Piece[] = [];
  let at = 0;
  for (const { start, end } of sorted) {
    const s = Math.max(start, at);
    const e = Math.min(end, text.length);
    if (e <= s) continue;
    if (s > at) pieces.push({ text: text.slice(at, s), hit: false });
    pieces.push({ text: text.slice(s, e), hit: true });
    at = e;
  }
  if (at < text.length) pieces.push({ text: text.slice(at), hit: false });
  return pieces;
}

/** Characters of context a search result's one-line snippet keeps before its first hit. */
export const SNIPPET_LEAD = 16;

/**
 * The snippet starting a few words before its first hit: the result shows one line, cut with "…"
 * at its end, and a snippet centred on the hit put the hit past that cut in a long message. The
 * start moves to a word's beginning when one is near (unspaced text, e.g. Chinese, is cut as it is).
 */
export function leadUpToHit(text: string, ranges: { start: number; end: number }[], lead = SNIPPET_LEAD): { text: string; ranges: { start: number; end: number }[] } {
  const first = Math.min(...ranges.map((r) => r.start));
  if (!Number.isFinite(first) || first <= lead + 1) return { text, ranges };
  let cut = first - lead;
  const space = text.slice(cut, first).search(/\s/);
  if (space >= 0) cut += space + 1;
  const shift = cut - 1;
  return { text: `…${text.slice(cut)}`, ranges: ranges.map((r) => ({ start: r.start - shift, end: r.end - shift })) };
}
