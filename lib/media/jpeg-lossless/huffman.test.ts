import { describe, expect, it } from "vitest";
import { buildEncodeTable, coveringSpec, optimalSpec, STANDARD_AC_LUMA, STANDARD_DC_CHROMA } from "./huffman";
import type { HuffmanSpec } from "./parse";

const lengths = (spec: HuffmanSpec) => buildEncodeTable(spec).size;
const VALID_AC = [0x00, 0xf0, ...Array.from({ length: 160 }, (_, i) => (Math.floor(i / 10) << 4) | ((i % 10) + 1))];

/** A sparse optimal table, as an encoder with optimised coding writes: only the symbols it used. */
function sparseAc(): HuffmanSpec {
  const counts = new Uint32Array(257);
  [0x00, 0x01, 0x02, 0x03, 0x11, 0x12, 0x21, 0x31, 0xf0].forEach((s, i) => (counts[s] = 1000 >> i));
  return optimalSpec(counts);
}

describe("the source's Huffman tables, completed", () => {
  it("give every valid AC and DC symbol a code of at most 16 bits", () => {
    const ac = lengths(coveringSpec(sparseAc(), "ac"));
    for (const s of VALID_AC) expect(ac[s]).toBeGreaterThan(0);
    for (const s of VALID_AC) expect(ac[s]).toBeLessThanOrEqual(16);
    const dc = lengths(coveringSpec({ counts: Uint8Array.from([0, 1, 1, ...Array(13).fill(0)]), symbols: Uint8Array.from([0, 1]) }, "dc"));
    for (let s = 0; s < 12; s++) expect(dc[s]).toBeGreaterThan(0);
  });

  it("keep the source's code lengths for the symbols it had (within a bit)", () => {
    const sparse = sparseAc();
    const before = lengths(sparse);
    const after = lengths(coveringSpec(sparse, "ac"));
    for (const s of sparse.symbols) expect(Math.abs(after[s] - before[s])).toBeLessThanOrEqual(1);
    // A table that already codes everything (Annex K) keeps its lengths exactly.
    for (const spec of [STANDARD_AC_LUMA, STANDARD_DC_CHROMA]) {
      const kind = spec === STANDARD_AC_LUMA ? "ac" : "dc";
      expect([...lengths(coveringSpec(spec, kind))]).toEqual([...lengths(spec)]);
    }
  });
});
