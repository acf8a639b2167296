import { bestWindow, findRanges, fold, parseQuery } from "@/lib/store/persist/search-terms";

/** A place in a list of text pieces (a message's text nodes, in order): which piece, how far in. */
export interface PiecePoint {
  piece: number;
  offset: number;
}

export interface PieceRange {
  start: PiecePoint;
  end: PiecePoint;
}

export interface RevealWords {
  /** Every occurrence of every term, in order. */
  ranges: PieceRange[];
  /**
   * The stretch the result's snippet was cut around (`bestWindow`, as the search index picks it):
   * "sentence 250" in an answer with 400 "sentence"s, where the view scrolls to. Null when no term
   * is there.
   */
  best: PieceRange | null;
}

/**
 * Where the search's terms occur in a message as rendered, split into its text nodes: the same
 * terms and matching as the search (case-insensitive, each word of the query on its own), so the
 * words marked are the ones the result showed. A hit may span pieces ("**bold** text"). None when
 * no term is there (the words were in a code block not yet highlighted, or an attachment's name).
 */
export function revealWords(pieces: readonly string[], query: string): RevealWords {
  const terms = parseQuery(query);
  if (!terms.length) return { ranges: [], best: null };
  const ends: number[] = [];
  let total = 0;
  for (const piece of pieces) ends.push((total += piece.length));
  // A point at a boundary belongs to the piece it starts (for a start) or ends (for an end), so
  // a range never begins at the very end of a piece or ends at the very start of one.
  const locate = (at: number, edge: "start" | "end"): PiecePoint => {
    let piece = 0;
    while (piece < ends.length - 1 && (edge === "start" ? at >= ends[piece] : at > ends[piece])) piece += 1;
    return { piece, offset: at - (ends[piece] - pieces[piece].length) };
  };
  const folded = fold(pieces.join(""));
  const window = bestWindow(folded, terms);
  return {
    ranges: findRanges(folded, terms).map((r) => ({ start: locate(r.start, "start"), end: locate(r.end, "end") })),
    best: window && { start: locate(window.start, "start"), end: locate(window.end, "end") },
  };
}

