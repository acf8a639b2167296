/**
 * When a rotated photo would be over the upstream's byte limit, the browser path re-encodes it
 * at quality 0.82, then 0.72. The same can be done without leaving the DCT domain: each
 * quantisation step becomes the coarser of the source's and the standard table at that
 * quality (libjpeg's scaling, as Chromium's encoder uses), and each coefficient is rescaled to
 * it. No pixel is decoded, so there is no extra colour conversion or chroma resampling loss.
 */
import type { Decoded } from "./decode";
import { ZIGZAG } from "./orient";

// ITU T.81 Annex K tables K.1 and K.2, natural order.
const LUMA = [
  16, 11, 10, 16, 24, 40, 51, 61, 12, 12, 14, 19, 26, 58, 60, 55, 14, 13, 16, 24, 40, 57, 69, 56, 14, 17, 22, 29, 51, 87, 80, 62, 18, 22, 37,
  56, 68, 109, 103, 77, 24, 35, 55, 64, 81, 104, 113, 92, 49, 64, 78, 87, 103, 121, 120, 101, 72, 92, 95, 98, 112, 100, 103, 99,
];
const CHROMA = [
  17, 18, 24, 47, 99, 99, 99, 99, 18, 21, 26, 66, 99, 99, 99, 99, 24, 26, 56, 99, 99, 99, 99, 99, 47, 66, 99, 99, 99, 99, 99, 99, 99, 99, 99,
  99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99,
];

/** libjpeg's table for `quality` (0-1), zigzag order. */
export function standardTable(chroma: boolean, quality: number): Uint16Array {
  const q = Math.min(100, Math.max(1, Math.round(quality * 100)));
  const scale = q < 50 ? 5000 / q : 200 - 2 * q;
  const base = chroma ? CHROMA : LUMA;
  return Uint16Array.from(ZIGZAG, (n) => Math.min(255, Math.max(1, Math.floor((base[n] * scale + 50) / 100))));
}

/** Each step the coarser of the two: never finer than the source, never coarser than asked. */
export function coarserTable(current: Uint16Array, chroma: boolean, quality: number): Uint16Array {
  const standard = standardTable(chroma, quality);
  return Uint16Array.from(current, (q, k) => Math.max(q, standard[k]));
}

/**
 * Rescales every block from the `from` tables to the `to` tables (per plane, zigzag order),
 * rounding to nearest, and drops the positions that became zero from the block's masks.
 */
export function requantise(d: Decoded, plane: Uint8Array, from: Uint16Array[], to: Uint16Array[]) {
  const ratios = from.map((f, c) => Float64Array.from(f, (q, k) => q / to[c][k]));
  const src = d.coefficients;
  for (let i = 0; i < plane.length; i++) {
    const base = i * 64;
    const ratio = ratios[plane[i]];
    const dc = src[base];
    src[base] = dc < 0 ? -Math.round(-dc * ratio[0]) : Math.round(dc * ratio[0]);
    for (let word = 0; word < 2; word++) {
      let m = word === 0 ? d.low[i] : d.high[i];
      let kept = m;
      while (m !== 0) {
        const bit = m & -m;
        m ^= bit;
        const k = 31 - Math.clz32(bit) + word * 32;
        const v = src[base + k];
        const r = v < 0 ? -Math.round(-v * ratio[k]) : Math.round(v * ratio[k]);
        src[base + k] = r;
        if (r === 0) kept ^= bit;
      }
      if (word === 0) d.low[i] = kept;
      else d.high[i] = kept;
    }
  }
}
