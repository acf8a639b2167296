/**
 * Re-encodes quantised coefficients in the upright order. The decoder already placed every
 * block where the output codes it (blockOrder says where that is), so counting symbols (for
 * optimal tables) and writing them are sequential passes. One interleaved scan, no restarts.
 */
import type { Geometry } from "./geometry";
import type { EncodeTable } from "./huffman";
import type { Decoded } from "./decode";
import type { Orientation } from "./orient";
import type { PlaneShift } from "./shift";

/** Where each output block comes from, in output coding order: its first coefficient and plane. */
export interface BlockOrder {
  base: Int32Array;
  plane: Uint8Array;
}

/**
 * `shifts` moves a plane by whole blocks on a flipped axis (see shift.ts): the source's padding
 * block that would land first wraps round to the output's last, its padding.
 */
export function blockOrder(from: Geometry, to: Geometry, o: Orientation, shifts?: Pick<PlaneShift, "blocksX" | "blocksY">[]): BlockOrder {
  const n = to.planes.length;
  // A lone component is one block per MCU (T.81 A.2.2), whatever its factors.
  const perMcu = n === 1 ? 1 : to.planes.reduce((sum, p) => sum + p.h * p.v, 0);
  const count = to.mcusWide * to.mcusHigh * perMcu;
  const base = new Int32Array(count);
  const plane = new Uint8Array(count);
  let i = 0;
  for (let my = 0; my < to.mcusHigh; my++) {
    for (let mx = 0; mx < to.mcusWide; mx++) {
      for (let c = 0; c < n; c++) {
        const out = to.planes[c];
        const inp = from.planes[c];
        const bh = n === 1 ? 1 : out.h;
        const bv = n === 1 ? 1 : out.v;
        for (let y = 0; y < bv; y++) {
          for (let x = 0; x < bh; x++) {
            const ox = mx * bh + x;
            const oy = my * bv + y;
            const a = o.transpose ? oy : ox;
            const b = o.transpose ? ox : oy;
            const sx = shifts?.[c].blocksX ?? 0;
            const sy = shifts?.[c].blocksY ?? 0;
            const ix = o.flipX ? (inp.blocksWide - 1 - a - sx + inp.blocksWide) % inp.blocksWide : a;
            const iy = o.flipY ? (inp.blocksHigh - 1 - b - sy + inp.blocksHigh) % inp.blocksHigh : b;
            base[i] = inp.offset + (iy * inp.blocksWide + ix) * 64;
            plane[i++] = c;
          }
        }
      }
    }
  }
  return { base, plane };
}

const bitLength = (v: number) => (v === 0 ? 0 : 32 - Math.clz32(v < 0 ? -v : v));

/** Per plane: DC and AC symbol counts, for optimal tables. */
export function countSymbols(d: Decoded, plane: Uint8Array, planes: number) {
  const dc = Array.from({ length: planes }, () => new Uint32Array(257));
  const ac = Array.from({ length: planes }, () => new Uint32Array(257));
  const preds = new Int32Array(planes);
  const src = d.coefficients;
  let valueBits = 0;
  for (let i = 0; i < plane.length; i++) {
    const base = i * 64;
    const c = plane[i];
    const value = src[base];
    const s = bitLength(value - preds[c]);
    dc[c][s]++;
    valueBits += s;
    preds[c] = value;
    const counts = ac[c];
    let prev = 0;
    // Non-zero positions in ascending order: lowest set bit first, low word then high.
    for (let word = 0; word < 2; word++) {
      let m = word === 0 ? d.low[i] : d.high[i];
      while (m !== 0) {
        const bit = m & -m;
        m ^= bit;
        const k = 31 - Math.clz32(bit) + word * 32;
        let run = k - prev - 1;
        prev = k;
        while (run > 15) {
          counts[0xf0]++;
          run -= 16;
        }
        const size = bitLength(src[base + k]);
        counts[(run << 4) | size]++;
        valueBits += size;
      }
    }
    if (prev < 63) counts[0]++;
  }
  return { dc, ac, valueBits };
}

/**
* The entropy-coded data, with byte stuffing, padded with 1 bits (T.81 F.1.2.3). The bit
* writer lives in locals so V8 keeps it in registers; bytes leave only when the next put
* would take it over 31 bits (JS shifts are 32-bit), and a code with its value bits goes in
* as one put when they total 24 bits or less (so 7 pending bits + 24 always fit).
*/
export function writeScan(d: Decoded, plane: Uint8Array, tables: { dc: EncodeTable[]; ac: EncodeTable[] }, capacity: number): Uint8Array {
  let buf = new Uint8Array(capacity);
  let pos = 0;
  let acc = 0;
  let n = 0;
  const preds = new Int32Array(tables.dc.length);
  const src = d.coefficients;
  for (let i = 0; i < plane.length; i++) {
    // Room for a block at its worst: 64 symbols of 27 bits, every byte stuffed.
    if (pos + 512 > buf.length) {
      const bigger = new Uint8Array(buf.length * 2 + 1024);
      bigger.set(buf.subarray(0, pos));
      buf = bigger;
    }
    const base = i * 64;
    const c = plane[i];
    const dc = tables.dc[c];
    const code = tables.ac[c].code;
    const size = tables.ac[c].size;
    const value = src[base];
    const diff = value - preds[c];
    preds[c] = value;
    let s = bitLength(diff);
    let bits = (diff < 0 ? diff - 1 : diff) & ((1 << s) - 1);
    let len = dc.size[s] + s;
    if (len > 24) {
      // Rare (a long code and a large value): two puts, so no word holds over 31 bits.
      if (n + dc.size[s] > 31) {
        while (n >= 8) {
          n -= 8;
          const byte = (acc >>> n) & 255;
          buf[pos++] = byte;
          if (byte === 255) buf[pos++] = 0;
        }
      }
      acc = (acc << dc.size[s]) | dc.code[s];
      n += dc.size[s];
      len = s;
    } else bits |= dc.code[s] << s;
    if (n + len > 31) {
      while (n >= 8) {
        n -= 8;
        const byte = (acc >>> n) & 255;
        buf[pos++] = byte;
        if (byte === 255) buf[pos++] = 0;
      }
    }
    acc = (acc << len) | bits;
    n += len;
    let prev = 0;
    for (let word = 0; word < 2; word++) {
      let m = word === 0 ? d.low[i] : d.high[i];
      while (m !== 0) {
        const bit = m & -m;
        m ^= bit;
        const k = 31 - Math.clz32(bit) + word * 32;
        let run = k - prev - 1;
        prev = k;
        const v = src[base + k];
        while (run > 15) {
          if (n + size[0xf0] > 31) {
            while (n >= 8) {
              n -= 8;
              const byte = (acc >>> n) & 255;
              buf[pos++] = byte;
              if (byte === 255) buf[pos++] = 0;
            }
          }
          acc = (acc << size[0xf0]) | code[0xf0];
          n += size[0xf0];
          run -= 16;
        }
        s = bitLength(v);
        const sym = (run << 4) | s;
        bits = (v < 0 ? v - 1 : v) & ((1 << s) - 1);
        len = size[sym] + s;
        if (len > 24) {
          if (n + size[sym] > 31) {
            while (n >= 8) {
              n -= 8;
              const byte = (acc >>> n) & 255;
              buf[pos++] = byte;
              if (byte === 255) buf[pos++] = 0;
            }
          }
          acc = (acc << size[sym]) | code[sym];
          n += size[sym];
          len = s;
        } else bits |= code[sym] << s;
        if (n + len > 31) {
          while (n >= 8) {
            n -= 8;
            const byte = (acc >>> n) & 255;
            buf[pos++] = byte;
            if (byte === 255) buf[pos++] = 0;
          }
        }
        acc = (acc << len) | bits;
        n += len;
      }
    }
    if (prev < 63) {
      if (n + size[0] > 31) {
        while (n >= 8) {
          n -= 8;
          const byte = (acc >>> n) & 255;
          buf[pos++] = byte;
          if (byte === 255) buf[pos++] = 0;
        }
      }
      acc = (acc << size[0]) | code[0];
      n += size[0];
    }
  }
  while (n >= 8) {
    n -= 8;
    const byte = (acc >>> n) & 255;
    buf[pos++] = byte;
    if (byte === 255) buf[pos++] = 0;
  }
  if (n > 0) {
    const pad = 8 - n;
    const byte = ((acc << pad) | ((1 << pad) - 1)) & 255;
    buf[pos++] = byte;
    if (byte === 255) buf[pos++] = 0;
  }
  return buf.subarray(0, pos);
}
