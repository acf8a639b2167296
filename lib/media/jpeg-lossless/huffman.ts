/**
 * Huffman tables for the lossless path: lookahead decode tables (one array read per symbol for
 * codes up to 9 bits), code/length tables for encoding, the standard tables of ITU T.81 Annex K
 * (complete for 8-bit data), and optimal tables built from symbol counts (Annex K.2).
 */
import { LosslessUnsupported, type HuffmanSpec } from "./parse";

export const LOOKAHEAD = 9;

export interface DecodeTable {
  /** For each LOOKAHEAD-bit prefix: (length << 8) | symbol, or 0 when the code is longer. */
  fast: Int32Array;
  /** Per length 1..16: largest code of that length (-1 when none), and where its symbols start. */
  maxCode: Int32Array;
  valOffset: Int32Array;
  symbols: Uint8Array;
}

export interface EncodeTable {
  code: Uint16Array;
  size: Uint8Array;
}

export function buildDecodeTable(spec: HuffmanSpec): DecodeTable {
  const fast = new Int32Array(1 << LOOKAHEAD);
  const maxCode = new Int32Array(18).fill(-1);
  const valOffset = new Int32Array(18);
  let code = 0;
  let k = 0;
  for (let len = 1; len <= 16; len++) {
    const n = spec.counts[len - 1];
    valOffset[len] = k - code;
    for (let i = 0; i < n; i++, k++, code++) {
      if (len <= LOOKAHEAD) {
        const shift = LOOKAHEAD - len;
        const entry = (len << 8) | spec.symbols[k];
        for (let j = code << shift, end = (code + 1) << shift; j < end; j++) fast[j] = entry;
      }
    }
    if (n) maxCode[len] = code - 1;
    if (code > 1 << len) throw new LosslessUnsupported("bad Huffman table");
    code <<= 1;
  }
  maxCode[17] = 0x7fffffff;
  return { fast, maxCode, valOffset, symbols: spec.symbols };
}

/**
 * For AC tables: each LOOKAHEAD-bit prefix that holds a whole (run, size) code and its value
 * bits gives (value << 16) | (run << 4) | bits used, so the commonest small coefficients cost
 * one array read (stb_image's trick). 0 when the prefix does not hold both.
 */
export function buildFastAc(t: DecodeTable): Int32Array {
  const fast = new Int32Array(1 << LOOKAHEAD);
  for (let i = 0; i < fast.length; i++) {
    const entry = t.fast[i];
    if (!entry) continue;
    const len = entry >> 8;
    const rs = entry & 255;
    const run = rs >> 4;
    const size = rs & 15;
    if (size === 0 || len + size > LOOKAHEAD) continue;
    const bits = (i >> (LOOKAHEAD - len - size)) & ((1 << size) - 1);
    const value = bits < 1 << (size - 1) ? bits - (1 << size) + 1 : bits;
    fast[i] = (value << 16) | (run << 4) | (len + size);
  }
  return fast;
}

export function buildEncodeTable(spec: HuffmanSpec): EncodeTable {
  const code = new Uint16Array(256);
  const size = new Uint8Array(256);
  let c = 0;
  let k = 0;
  for (let len = 1; len <= 16; len++) {
    for (let i = 0; i < spec.counts[len - 1]; i++, k++, c++) {
      code[spec.symbols[k]] = c;
      size[spec.symbols[k]] = len;
    }
    c <<= 1;
  }
  return { code, size };
}

const spec = (counts: number[], symbols: number[]): HuffmanSpec => ({ counts: Uint8Array.from(counts), symbols: Uint8Array.from(symbols) });
const range = (n: number) => Array.from({ length: n }, (_, i) => i);

// ITU T.81 Annex K, tables K.3-K.6.
export const STANDARD_DC_LUMA = spec([0, 1, 5, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0], range(12));
export const STANDARD_DC_CHROMA = spec([0, 3, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0], range(12));
export const STANDARD_AC_LUMA = spec([0, 2, 1, 3, 3, 2, 4, 3, 5, 5, 4, 4, 0, 0, 1, 0x7d], [
  0x01, 0x02, 0x03, 0x00, 0x04, 0x11, 0x05, 0x12, 0x21, 0x31, 0x41, 0x06, 0x13, 0x51, 0x61, 0x07, 0x22, 0x71, 0x14, 0x32, 0x81, 0x91, 0xa1, 0x08,
  0x23, 0x42, 0xb1, 0xc1, 0x15, 0x52, 0xd1, 0xf0, 0x24, 0x33, 0x62, 0x72, 0x82, 0x09, 0x0a, 0x16, 0x17, 0x18, 0x19, 0x1a, 0x25, 0x26, 0x27, 0x28,
  0x29, 0x2a, 0x34, 0x35, 0x36, 0x37, 0x38, 0x39, 0x3a, 0x43, 0x44, 0x45, 0x46, 0x47, 0x48, 0x49, 0x4a, 0x53, 0x54, 0x55, 0x56, 0x57, 0x58, 0x59,
  0x5a, 0x63, 0x64, 0x65, 0x66, 0x67, 0x68, 0x69, 0x6a, 0x73, 0x74, 0x75, 0x76, 0x77, 0x78, 0x79, 0x7a, 0x83, 0x84, 0x85, 0x86, 0x87, 0x88, 0x89,
  0x8a, 0x92, 0x93, 0x94, 0x95, 0x96, 0x97, 0x98, 0x99, 0x9a, 0xa2, 0xa3, 0xa4, 0xa5, 0xa6, 0xa7, 0xa8, 0xa9, 0xaa, 0xb2, 0xb3, 0xb4, 0xb5, 0xb6,
  0xb7, 0xb8, 0xb9, 0xba, 0xc2, 0xc3, 0xc4, 0xc5, 0xc6, 0xc7, 0xc8, 0xc9, 0xca, 0xd2, 0xd3, 0xd4, 0xd5, 0xd6, 0xd7, 0xd8, 0xd9, 0xda, 0xe1, 0xe2,
  0xe3, 0xe4, 0xe5, 0xe6, 0xe7, 0xe8, 0xe9, 0xea, 0xf1, 0xf2, 0xf3, 0xf4, 0xf5, 0xf6, 0xf7, 0xf8, 0xf9, 0xfa,
]);
export const STANDARD_AC_CHROMA = spec([0, 2, 1, 2, 4, 4, 3, 4, 7, 5, 4, 4, 0, 1, 2, 0x77], [
  0x00, 0x01, 0x02, 0x03, 0x11, 0x04, 0x05, 0x21, 0x31, 0x06, 0x12, 0x41, 0x51, 0x07, 0x61, 0x71, 0x13, 0x22, 0x32, 0x81, 0x08, 0x14, 0x42, 0x91,
  0xa1, 0xb1, 0xc1, 0x09, 0x23, 0x33, 0x52, 0xf0, 0x15, 0x62, 0x72, 0xd1, 0x0a, 0x16, 0x24, 0x34, 0xe1, 0x25, 0xf1, 0x17, 0x18, 0x19, 0x1a, 0x26,
  0x27, 0x28, 0x29, 0x2a, 0x35, 0x36, 0x37, 0x38, 0x39, 0x3a, 0x43, 0x44, 0x45, 0x46, 0x47, 0x48, 0x49, 0x4a, 0x53, 0x54, 0x55, 0x56, 0x57, 0x58,
  0x59, 0x5a, 0x63, 0x64, 0x65, 0x66, 0x67, 0x68, 0x69, 0x6a, 0x73, 0x74, 0x75, 0x76, 0x77, 0x78, 0x79, 0x7a, 0x82, 0x83, 0x84, 0x85, 0x86, 0x87,
  0x88, 0x89, 0x8a, 0x92, 0x93, 0x94, 0x95, 0x96, 0x97, 0x98, 0x99, 0x9a, 0xa2, 0xa3, 0xa4, 0xa5, 0xa6, 0xa7, 0xa8, 0xa9, 0xaa, 0xb2, 0xb3, 0xb4,
  0xb5, 0xb6, 0xb7, 0xb8, 0xb9, 0xba, 0xc2, 0xc3, 0xc4, 0xc5, 0xc6, 0xc7, 0xc8, 0xc9, 0xca, 0xd2, 0xd3, 0xd4, 0xd5, 0xd6, 0xd7, 0xd8, 0xd9, 0xda,
  0xe2, 0xe3, 0xe4, 0xe5, 0xe6, 0xe7, 0xe8, 0xe9, 0xea, 0xf2, 0xf3, 0xf4, 0xf5, 0xf6, 0xf7, 0xf8, 0xf9, 0xfa,
]);

/**
 * The optimal length-limited code for these symbol counts (libjpeg's jpeg_gen_optimal_table):
 * a reserved symbol 256 keeps any real code from being all ones; lengths over 16 are folded.
 */
export function optimalSpec(counts: Uint32Array): HuffmanSpec {
  const freq = new Float64Array(257);
  freq.set(counts.subarray(0, 256));
  freq[256] = 1;
  const codeSize = new Int32Array(257);
  const others = new Int32Array(257).fill(-1);
  for (;;) {
    let c1 = -1;
    let c2 = -1;
    let v = Infinity;
    for (let i = 0; i <= 256; i++) if (freq[i] && freq[i] <= v) { v = freq[i]; c1 = i; }
    v = Infinity;
    for (let i = 0; i <= 256; i++) if (freq[i] && freq[i] <= v && i !== c1) { v = freq[i]; c2 = i; }
    if (c2 < 0) break;
    freq[c1] += freq[c2];
    freq[c2] = 0;
    codeSize[c1]++;
    while (others[c1] >= 0) { c1 = others[c1]; codeSize[c1]++; }
    others[c1] = c2;
    codeSize[c2]++;
    while (others[c2] >= 0) { c2 = others[c2]; codeSize[c2]++; }
  }
  const bits = new Int32Array(64);
  for (let i = 0; i <= 256; i++) if (codeSize[i]) bits[codeSize[i]]++;
  for (let i = 63; i > 16; i--) {
    while (bits[i] > 0) {
      let j = i - 2;
      while (bits[j] === 0) j--;
      bits[i] -= 2;
      bits[i - 1]++;
      bits[j + 1] += 2;
      bits[j]--;
    }
  }
  let last = 16;
  while (bits[last] === 0) last--;
  bits[last]--;
  const symbols: number[] = [];
  for (let len = 1; len <= 63; len++) for (let s = 0; s < 256; s++) if (codeSize[s] === len) symbols.push(s);
  return { counts: Uint8Array.from(bits.subarray(1, 17)), symbols: Uint8Array.from(symbols) };
}

/** Every symbol a baseline scan can code: DC sizes 0-11; AC EOB, ZRL and run 0-15 x size 1-10. */
const VALID_DC = range(12);
const VALID_AC = [0x00, 0xf0, ...range(160).map((i) => (Math.floor(i / 10) << 4) | ((i % 10) + 1))];

/**
 * The source's own table, completed so that every valid symbol has a code: weights of 2^-length
 * keep its code lengths (a source table is a good fit, the coefficients being the same ones,
 * reordered), and symbols it lacks get the least weight, so they take a sliver of code space at
 * the longest lengths. Saves the symbol-counting pass of optimal tables.
 */
export function coveringSpec(source: HuffmanSpec, kind: "dc" | "ac"): HuffmanSpec {
  const counts = new Uint32Array(257);
  for (const s of kind === "dc" ? VALID_DC : VALID_AC) counts[s] = 1;
  let at = 0;
  source.counts.forEach((n, i) => {
    for (let k = 0; k < n; k++) counts[source.symbols[at++]] = 2 ** (24 - (i + 1));
  });
  return optimalSpec(counts);
}
