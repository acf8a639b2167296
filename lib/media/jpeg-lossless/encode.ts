/**
 * Re-encodes quantised coefficients in the upright order: a walk over the output's MCUs that
 * fetches each block from where the orientation puts it (permuted and sign-flipped into a
 * scratch block), then either counts symbols (for optimal tables and the exact output size)
 * or writes them with a 32-bit bit writer. One interleaved scan, no restart markers.
 */
import type { Geometry } from "./geometry";
import type { EncodeTable } from "./huffman";
import { coefficientMap, type Orientation } from "./orient";

type Visit = (block: Int32Array, plane: number) => void;

export function walkBlocks(src: Int16Array, from: Geometry, to: Geometry, o: Orientation, visit: Visit) {
  const { from: at, sign } = coefficientMap(o);
  const block = new Int32Array(64);
  const n = to.planes.length;
  for (let my = 0; my < to.mcusHigh; my++) {
    for (let mx = 0; mx < to.mcusWide; mx++) {
      for (let c = 0; c < n; c++) {
        const out = to.planes[c];
        const inp = from.planes[c];
        // A lone component is one block per MCU (T.81 A.2.2), whatever its factors.
        const bh = n === 1 ? 1 : out.h;
        const bv = n === 1 ? 1 : out.v;
        for (let y = 0; y < bv; y++) {
          for (let x = 0; x < bh; x++) {
            const ox = mx * bh + x;
            const oy = my * bv + y;
            const a = o.transpose ? oy : ox;
            const b = o.transpose ? ox : oy;
            const ix = o.flipX ? inp.blocksWide - 1 - a : a;
            const iy = o.flipY ? inp.blocksHigh - 1 - b : b;
            const base = inp.offset + (iy * inp.blocksWide + ix) * 64;
            for (let k = 0; k < 64; k++) block[k] = src[base + at[k]] * sign[k];
            visit(block, c);
          }
        }
      }
    }
  }
}

const bitLength = (v: number) => (v === 0 ? 0 : 32 - Math.clz32(v < 0 ? -v : v));

/** Per plane: DC and AC symbol counts. */
export function countSymbols(src: Int16Array, from: Geometry, to: Geometry, o: Orientation) {
  const n = to.planes.length;
  const dc = Array.from({ length: n }, () => new Uint32Array(257));
  const ac = Array.from({ length: n }, () => new Uint32Array(257));
  const preds = new Int32Array(n);
  walkBlocks(src, from, to, o, (block, c) => {
    dc[c][bitLength(block[0] - preds[c])]++;
    preds[c] = block[0];
    const counts = ac[c];
    let last = 63;
    while (last > 0 && block[last] === 0) last--;
    let run = 0;
    for (let k = 1; k <= last; k++) {
      const v = block[k];
      if (v === 0) {
        run++;
        continue;
      }
      while (run > 15) {
        counts[0xf0]++;
        run -= 16;
      }
      counts[(run << 4) | bitLength(v)]++;
      run = 0;
    }
    if (last < 63) counts[0]++;
  });
  return { dc, ac };
}

class BitWriter {
  buf: Uint8Array;
  pos = 0;
  acc = 0;
  n = 0;
  constructor(capacity: number) {
    this.buf = new Uint8Array(capacity);
  }

  /** Room for one more block at its worst (64 symbols of 27 bits, every byte stuffed). */
  reserve() {
    if (this.pos + 512 <= this.buf.length) return;
    const bigger = new Uint8Array(this.buf.length * 2 + 1024);
    bigger.set(this.buf.subarray(0, this.pos));
    this.buf = bigger;
  }

  put(code: number, len: number) {
    this.acc = (this.acc << len) | code;
    this.n += len;
    while (this.n >= 8) {
      this.n -= 8;
      const byte = (this.acc >>> this.n) & 255;
      this.buf[this.pos++] = byte;
      if (byte === 255) this.buf[this.pos++] = 0;
    }
  }

  /** Pads the last byte with 1 bits (T.81 F.1.2.3). */
  finish(): Uint8Array {
    if (this.n > 0) this.put((1 << (8 - this.n)) - 1, 8 - this.n);
    return this.buf.subarray(0, this.pos);
  }
}

export function writeScan(
  src: Int16Array,
  from: Geometry,
  to: Geometry,
  o: Orientation,
  tables: { dc: EncodeTable[]; ac: EncodeTable[] },
  capacity: number,
): Uint8Array {
  const w = new BitWriter(capacity);
  const preds = new Int32Array(to.planes.length);
  walkBlocks(src, from, to, o, (block, c) => {
    w.reserve();
    const dc = tables.dc[c];
    const ac = tables.ac[c];
    const diff = block[0] - preds[c];
    preds[c] = block[0];
    const s = bitLength(diff);
    w.put(dc.code[s], dc.size[s]);
    if (s) w.put((diff < 0 ? diff - 1 : diff) & ((1 << s) - 1), s);
    let last = 63;
    while (last > 0 && block[last] === 0) last--;
    let run = 0;
    for (let k = 1; k <= last; k++) {
      const v = block[k];
      if (v === 0) {
        run++;
        continue;
      }
      while (run > 15) {
        w.put(ac.code[0xf0], ac.size[0xf0]);
        run -= 16;
      }
      const size = bitLength(v);
      const sym = (run << 4) | size;
      w.put(ac.code[sym], ac.size[sym]);
      w.put((v < 0 ? v - 1 : v) & ((1 << size) - 1), size);
      run = 0;
    }
    if (last < 63) w.put(ac.code[0], ac.size[0]);
  });
  return w.finish();
}
