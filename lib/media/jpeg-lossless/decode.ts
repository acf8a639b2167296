/**
 * Entropy decoding of baseline Huffman scans into quantised coefficients (no dequantisation,
 * no IDCT: the lossless path never needs pixels), each put straight where the rotation wants
 * it. Restart intervals and byte stuffing handled; a code that matches nothing or runs past a
 * block is a damaged file.
 */
import type { Geometry } from "./geometry";
import { buildDecodeTable, buildFastAc, LOOKAHEAD, type DecodeTable } from "./huffman";
import { LosslessUnsupported, type JpegFile, type Scan } from "./parse";

class BitReader {
  acc = 0;
  bits = 0;
  constructor(
    readonly b: Uint8Array,
    public pos: number,
    readonly end: number,
  ) {}

  /** Tops the accumulator up to more than 24 bits; at a marker or the end it feeds zeros. */
  fill() {
    const b = this.b;
    while (this.bits <= 24) {
      let byte = 0;
      if (this.pos < this.end) {
        byte = b[this.pos];
        if (byte === 0xff) {
          const next = b[this.pos + 1];
          if (next === 0) this.pos += 2;
          else byte = 0;
        } else this.pos++;
      }
      this.acc = (this.acc << 8) | byte;
      this.bits += 8;
    }
  }

  /** Skips to the byte after the next RSTn marker, clearing the accumulator. */
  restart() {
    const b = this.b;
    this.acc = 0;
    this.bits = 0;
    while (this.pos + 1 < this.end && !(b[this.pos] === 0xff && b[this.pos + 1] >= 0xd0 && b[this.pos + 1] <= 0xd7)) this.pos++;
    if (this.pos + 1 >= this.end) throw new LosslessUnsupported("restart marker missing");
    this.pos += 2;
  }

  decode(t: DecodeTable): number {
    if (this.bits < 16) this.fill();
    const peek = (this.acc >>> (this.bits - LOOKAHEAD)) & ((1 << LOOKAHEAD) - 1);
    const entry = t.fast[peek];
    if (entry) {
      this.bits -= entry >> 8;
      return entry & 255;
    }
    let len = LOOKAHEAD + 1;
    let code = (this.acc >>> (this.bits - len)) & ((1 << len) - 1);
    while (code > t.maxCode[len]) {
      len++;
      if (len > 16) throw new LosslessUnsupported("bad Huffman code");
      code = (this.acc >>> (this.bits - len)) & ((1 << len) - 1);
    }
    this.bits -= len;
    return t.symbols[t.valOffset[len] + code];
  }

  /** The next `s` bits as a signed coefficient (T.81 F.12 EXTEND). */
  receive(s: number): number {
    if (this.bits < s) this.fill();
    this.bits -= s;
    const v = (this.acc >>> this.bits) & ((1 << s) - 1);
    return v < 1 << (s - 1) ? v - (1 << s) + 1 : v;
  }
}

function tables(scan: Scan) {
  const pick = (specs: Scan["dc"], ids: number[]) =>
    ids.map((id) => {
      const spec = specs[id];
      if (!spec) throw new LosslessUnsupported("missing Huffman table");
      return buildDecodeTable(spec);
    });
  const ac = pick(scan.ac, scan.acTables);
  return { dc: pick(scan.dc, scan.dcTables), ac, fastAc: ac.map(buildFastAc) };
}

/**
 * Where decoded coefficients go: each source block's place in the output's coding order, and
 * each source zigzag position's output position and sign. Placing them while decoding costs
 * only the non-zero coefficients, and leaves the output blocks in the order they are written.
 */
export interface Placement {
  destOf: Int32Array;
  position: Uint8Array;
  sign: Int8Array;
}

export interface Decoded {
  /** 64 per block, output order, output zigzag order. */
  coefficients: Int16Array;
  /**
   * Per output block: which AC positions (1-63, output zigzag order) are non-zero, positions
   * 0-31 in `low` and 32-63 in `high`, so the coding passes visit only those.
   */
  low: Uint32Array;
  high: Uint32Array;
}

function decodeBlock(r: BitReader, dc: DecodeTable, ac: DecodeTable, fastAc: Int32Array, place: Placement, out: Decoded, block: number, pred: number): number {
  const s = r.decode(dc);
  if (s > 11) throw new LosslessUnsupported("bad DC size");
  const value = pred + (s ? r.receive(s) : 0);
  const dest = place.destOf[block];
  const at = dest * 64;
  const coefficients = out.coefficients;
  const position = place.position;
  const sign = place.sign;
  coefficients[at] = value;
  let low = 0;
  let high = 0;
  for (let k = 1; k < 64; ) {
    if (r.bits < 16) r.fill();
    const f = fastAc[(r.acc >>> (r.bits - LOOKAHEAD)) & ((1 << LOOKAHEAD) - 1)];
    if (f !== 0) {
      r.bits -= f & 15;
      k += (f >> 4) & 15;
      if (k > 63) throw new LosslessUnsupported("coefficient past the block");
      const p = position[k];
      coefficients[at + p] = (f >> 16) * sign[k];
      if (p < 32) low |= 1 << p;
      else high |= 1 << (p - 32);
      k++;
      continue;
    }
    const rs = r.decode(ac);
    const size = rs & 15;
    const run = rs >> 4;
    if (size === 0) {
      if (run !== 15) break;
      k += 16;
      continue;
    }
    k += run;
    if (k > 63) throw new LosslessUnsupported("coefficient past the block");
    const p = position[k];
    coefficients[at + p] = r.receive(size) * sign[k];
    if (p < 32) low |= 1 << p;
    else high |= 1 << (p - 32);
    k++;
  }
  out.low[dest] = low;
  out.high[dest] = high;
  return value;
}

function decodeScan(b: Uint8Array, scan: Scan, g: Geometry, file: JpegFile, place: Placement, out: Decoded) {
  const { dc, ac, fastAc } = tables(scan);
  const r = new BitReader(b, scan.start, scan.end);
  const n = scan.components.length;
  const preds = new Int32Array(n);
  const planes = scan.components.map((c) => g.planes[c]);
  // One component alone is coded over its own blocks, not the MCU grid's padding.
  const single = n === 1;
  const c0 = file.components[scan.components[0]];
  const wide = single ? Math.ceil(Math.ceil((file.width * c0.h) / g.hMax) / 8) : g.mcusWide;
  const high = single ? Math.ceil(Math.ceil((file.height * c0.v) / g.vMax) / 8) : g.mcusHigh;
  const interval = scan.restartInterval;
  let left = interval;
  for (let my = 0; my < high; my++) {
    for (let mx = 0; mx < wide; mx++) {
      if (interval) {
        if (left === 0) {
          r.restart();
          preds.fill(0);
          left = interval;
        }
        left--;
      }
      for (let i = 0; i < n; i++) {
        const p = planes[i];
        const bh = single ? 1 : p.h;
        const bv = single ? 1 : p.v;
        for (let y = 0; y < bv; y++) {
          const row = (my * bv + y) * p.blocksWide;
          for (let x = 0; x < bh; x++) {
            preds[i] = decodeBlock(r, dc[i], ac[i], fastAc[i], place, out, p.offset / 64 + row + mx * bh + x, preds[i]);
          }
        }
      }
    }
  }
}

/** All coefficients of the file, placed where the output wants them. */
export function decodeCoefficients(b: Uint8Array, file: JpegFile, g: Geometry, place: Placement): Decoded {
  const out = { coefficients: new Int16Array(g.total), low: new Uint32Array(g.total / 64), high: new Uint32Array(g.total / 64) };
  for (const scan of file.scans) decodeScan(b, scan, g, file, place, out);
  return out;
}
