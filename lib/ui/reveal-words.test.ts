import { describe, expect, it } from "vitest";
import { revealWords, type PieceRange } from "./reveal-words";

const revealWordRanges = (pieces: readonly string[], query: string) => revealWords(pieces, query).ranges;

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

describe("revealWords' best window", () => {
  const one = (pieces: string[], query: string) => {
    const { best } = revealWords(pieces, query);
    return best ? covered(pieces, [best])[0] : null;
  };
  // The stand-in's long answer: "This is a long streamed answer sentence 1. ... sentence 400."
  const long = Array.from({ length: 400 }, (_, i) => `This is a long streamed answer sentence ${i + 1}.`);

  it("is the stretch the result's snippet showed, not the first word of the query", () => {
    const pieces = [long.join(" ")];
    expect(one(pieces, "sentence 250")).toBe("sentence 250");
    // Every "sentence" is still marked; only where the view goes changes.
    expect(revealWords(pieces, "sentence 250").ranges).toHaveLength(401);
    const { best } = revealWords(pieces, "sentence 250");
    expect(best!.start.offset).toBe(pieces[0].indexOf("sentence 250"));
  });

  it("spans text nodes, the way the index's bestWindow finds it in the joined text", () => {
    const pieces = ["Answer ", "sentence", " 1. Answer ", "sentence", " 2", "50. End"];
    const { best } = revealWords(pieces, "SENTENCE 250");
    expect(best).toEqual({ start: { piece: 3, offset: 0 }, end: { piece: 5, offset: 2 } });
    expect(one(pieces, "SENTENCE 250")).toBe("sentence 250");
  });

  it("is the first hit for one word, and null when no word is there", () => {
    expect(one(["a cat, a dog, a cat"], "cat")).toBe("cat");
    expect(revealWords(["a cat, a dog, a cat"], "cat").best).toEqual({ start: { piece: 0, offset: 2 }, end: { piece: 0, offset: 5 } });
    expect(revealWords(["Answer 3 for Far back."], "photo-2.png").best).toBeNull();
    expect(revealWords(["anything"], " ").best).toBeNull();
  });
});
