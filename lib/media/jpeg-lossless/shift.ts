/**
 * Rotation when a moved edge is not a whole number of MCUs (Samsung's 4000 x 3000 is 187.5
 * MCUs of 16 px high): the encoder's padding would land on the left or top. Each plane is
 * shifted back by what its padding adds on a flipped axis, `d` = padded - real samples:
 * - whole blocks (luma's 8 px when the size is a multiple of 8 but not of 16) are a block
 *   move, done in blockOrder by wrapping the unused padding block round to the output's end:
 *   still lossless;
 * - a part of a block (chroma's 4 samples there) cannot be a block move. Each output block
 *   along that axis is then the tail of one source block and the head of the next: a linear
 *   map of their coefficients along one axis (1-D IDCT, shift, 1-D DCT, folded into two 8 x 8
 *   matrices), requantised with the same table. The error is that rounding: at most half a
 *   quantisation step per coefficient of the chroma planes only; luma stays exact.
 * jpegtran's -trim (dropping the partial edge) is not used: it changes the image's size, and
 * grounding boxes are relative to the size the user sent.
 */
import type { Decoded } from "./decode";
import type { Geometry } from "./geometry";
import type { Orientation } from "./orient";
import { ZIGZAG } from "./orient";

/** Samples to shift per plane, in output axes (x across, y down), after the block move. */
export interface PlaneShift {
  /** Whole blocks, in source axes (what blockOrder wraps). */
  blocksX: number;
  blocksY: number;
  /** Samples under a block, in output axes (what shiftPlanes does). */
  x: number;
  y: number;
}

/** Per plane: how far its padding pushes the picture on each flipped axis. */
export function planeShifts(width: number, height: number, from: Geometry, o: Orientation): PlaneShift[] {
  return from.planes.map((p) => {
    // T.81 A.1.1: a plane's real samples, the rest of its blocks being the encoder's padding.
    const dx = o.flipX ? p.blocksWide * 8 - Math.ceil((width * p.h) / from.hMax) : 0;
    const dy = o.flipY ? p.blocksHigh * 8 - Math.ceil((height * p.v) / from.vMax) : 0;
    const rx = dx % 8;
    const ry = dy % 8;
    return { blocksX: (dx - rx) / 8, blocksY: (dy - ry) / 8, x: o.transpose ? ry : rx, y: o.transpose ? rx : ry };
  });
}

const basis = (u: number, t: number) => (u === 0 ? Math.SQRT1_2 : 1) * 0.5 * Math.cos(((2 * t + 1) * u * Math.PI) / 16);

/**
 * Output block j sample t is input sample t + d, from block j (t + d < 8) or block j + 1:
 * `head[u' * 8 + u]` maps block j's frequency u to the output's u', `tail` block j + 1's.
 */
export function shiftMatrices(d: number): { head: Float64Array; tail: Float64Array } {
  const head = new Float64Array(64);
  const tail = new Float64Array(64);
  for (let out = 0; out < 8; out++) {
    for (let u = 0; u < 8; u++) {
      let a = 0;
      let b = 0;
      for (let t = 0; t < 8; t++) {
        if (t + d < 8) a += basis(out, t) * basis(u, t + d);
        else b += basis(out, t) * basis(u, t + d - 8);
      }
      head[out * 8 + u] = a;
      tail[out * 8 + u] = b;
    }
  }
  return { head, tail };
}

/** Where block (bx, by) of plane c sits in the output's coding order (as blockOrder lays it out). */
function indexer(to: Geometry, c: number) {
  const n = to.planes.length;
  const p = to.planes[c];
  if (n === 1) return (bx: number, by: number) => by * p.blocksWide + bx;
  const perMcu = to.planes.reduce((sum, q) => sum + q.h * q.v, 0);
  const start = to.planes.slice(0, c).reduce((sum, q) => sum + q.h * q.v, 0);
  return (bx: number, by: number) => (((by / p.v) | 0) * to.mcusWide + ((bx / p.h) | 0)) * perMcu + start + (by % p.v) * p.h + (bx % p.h);
}

/**
 * The two matrices with the quantisation folded in, per source zigzag position k: its 8
 * contributions go to output zigzag positions `to[k * 8 + j]` with weights `head`/`tail`,
 * already divided by the output step, so the accumulator holds quantised values.
 */
function weights(axis: "x" | "y", d: number, quant: Uint16Array) {
  const { head, tail } = shiftMatrices(d);
  const zigzagOf = new Uint8Array(64);
  for (let k = 0; k < 64; k++) zigzagOf[ZIGZAG[k]] = k;
  const to = new Uint8Array(512);
  const h = new Float64Array(512);
  const t = new Float64Array(512);
  const mirror = new Float64Array(512);
  const rowOf = new Uint8Array(64);
  for (let k = 0; k < 64; k++) {
    const n = ZIGZAG[k];
    const u = axis === "x" ? n & 7 : n >> 3;
    const row = axis === "x" ? n >> 3 : n & 7;
    rowOf[k] = row;
    for (let out = 0; out < 8; out++) {
      const target = zigzagOf[axis === "x" ? row * 8 + out : out * 8 + row];
      to[k * 8 + out] = target;
      h[k * 8 + out] = (head[out * 8 + u] * quant[k]) / quant[target];
      t[k * 8 + out] = (tail[out * 8 + u] * quant[k]) / quant[target];
      // The block mirrored along the axis (odd frequencies negated) stands in for the missing next one.
      mirror[k * 8 + out] = u & 1 ? -t[k * 8 + out] : t[k * 8 + out];
    }
  }
  // Output positions of each "row" (the unshifted frequency), to round only rows that got input.
  const rowPositions = Uint8Array.from({ length: 64 }, (_, i) => zigzagOf[axis === "x" ? (i >> 3) * 8 + (i & 7) : (i & 7) * 8 + (i >> 3)]);
  return { to, head: h, tail: t, mirror, rowOf, rowPositions };
}

/** Adds a block's coefficients through one matrix; returns which rows received something. */
function accumulate(dec: Decoded, block: number, to: Uint8Array, w: Float64Array, rowOf: Uint8Array, acc: Float64Array): number {
  const src = dec.coefficients;
  const base = block * 64;
  let rows = 0;
  const dc = src[base];
  if (dc !== 0) {
    for (let j = 0; j < 8; j++) acc[to[j]] += w[j] * dc;
    rows |= 1;
  }
  for (let word = 0; word < 2; word++) {
    let mask = word === 0 ? dec.low[block] : dec.high[block];
    while (mask !== 0) {
      const bit = mask & -mask;
      mask ^= bit;
      const k = 31 - Math.clz32(bit) + word * 32;
      const value = src[base + k];
      const at = k * 8;
      for (let j = 0; j < 8; j++) acc[to[at + j]] += w[at + j] * value;
      rows |= 1 << rowOf[k];
    }
  }
  return rows;
}

/**
 * Shifts plane c by `d` samples towards the origin along one output axis, in place: block j
 * becomes the end of block j and the start of block j + 1. Past the last block (the output's
 * padding) the last block's samples are mirrored: a step to zeros there would put high
 * frequencies into the edge block, and their rounding into its real samples.
 */
export function shiftPlane(dec: Decoded, to: Geometry, c: number, axis: "x" | "y", d: number, quant: Uint16Array) {
  const w = weights(axis, d, quant);
  const at = indexer(to, c);
  const p = to.planes[c];
  const along = axis === "x" ? p.blocksWide : p.blocksHigh;
  const across = axis === "x" ? p.blocksHigh : p.blocksWide;
  const src = dec.coefficients;
  const acc = new Float64Array(64);
  for (let i = 0; i < across; i++) {
    let next = axis === "x" ? at(0, i) : at(i, 0);
    for (let j = 0; j < along; j++) {
      const block = next;
      let rows = accumulate(dec, block, w.to, w.head, w.rowOf, acc);
      if (j + 1 < along) {
        next = axis === "x" ? at(j + 1, i) : at(i, j + 1);
        rows |= accumulate(dec, next, w.to, w.tail, w.rowOf, acc);
      } else rows |= accumulate(dec, block, w.to, w.mirror, w.rowOf, acc);
      const base = block * 64;
      src.fill(0, base, base + 64);
      let low = 0;
      let high = 0;
      for (; rows !== 0; rows &= rows - 1) {
        const row = 31 - Math.clz32(rows & -rows);
        for (let j = 0; j < 8; j++) {
          const k = w.rowPositions[row * 8 + j];
          const x = acc[k];
          acc[k] = 0;
          // Baseline's range for 8-bit samples; a real picture stays inside it.
          const v = x < 0 ? -Math.min(1023, Math.round(-x)) : Math.min(1023, Math.round(x));
          if (v === 0) continue;
          src[base + k] = v;
          if (k === 0) continue;
          if (k < 32) low |= 1 << k;
          else high |= 1 << (k - 32);
        }
      }
      dec.low[block] = low;
      dec.high[block] = high;
    }
  }
}
