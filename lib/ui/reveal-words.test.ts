import { describe, expect, it } from "vitest";
import { revealWordRanges, type PieceRange } from "./reveal-words";

/** The text each range covers, read back from the pieces. */
function covered(pieces: string[], ranges: PieceRange[]): string[] {
  return ranges.map(({ start, end }) => {
    if (start.piece === end.piece) return pieces[start.piece].slice(start.offset, end.offset);
    return [pieces[start.piece].slice(start.offset), ...pieces.slice(start.piece + 1, end.piece), pieces[end.piece].slice(0, end.offset)].join("");
  });
}

describe("revealWordRanges", () => {
  it("marks each word of the query, whatever its case, not the rest of the message", () => {
    const pieces = ["Question 2 about Far back"];
    expect(covered(pieces, revealWordRanges(pieces, "question 2 ABOUT"))).toEqual(["Question", "2", "about"]);
  });

  it("finds a word split across text nodes, and words in later nodes", () => {
    const pieces = ["Some ", "bo", "ld", " text with ", "quinces", " in it"];
    const ranges = revealWordRanges(pieces, "bold quinces");
    expect(covered(pieces, ranges)).toEqual(["bold", "quinces"]);
    expect(ranges[0]).toEqual({ start: { piece: 1, offset: 0 }, end: { piece: 2, offset: 2 } });
    // Exactly its own node: not from the end of the one before to the start of the one after.
    expect(ranges[1]).toEqual({ start: { piece: 4, offset: 0 }, end: { piece: 4, offset: 7 } });
  });

  it("marks every occurrence, overlapping terms once", () => {
    const pieces = ["an apple, and apples"];
    expect(covered(pieces, revealWordRanges(pieces, "apple app"))).toEqual(["apple", "apple"]);
  });

  it("finds nothing when the words are not in the rendered text (the caller then marks the message)", () => {
    expect(revealWordRanges(["Answer 3 for Far back."], "photo-2.png")).toEqual([]);
    expect(revealWordRanges(["anything"], "   ")).toEqual([]);
    expect(revealWordRanges([], "word")).toEqual([]);
  });
});
