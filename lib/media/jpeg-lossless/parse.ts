/**
 * The structure of a baseline JPEG, read for a lossless rotation: frame, quantisation and
 * Huffman tables, restart interval, the scans' entropy data, and the ICC profile segments (the
 * only metadata kept: colour). Anything this path cannot rotate exactly (progressive,
 * arithmetic, 12-bit, odd component counts, damaged structure) is a LosslessUnsupported, so
 * the caller falls back to the browser's decode and re-encode.
 */

export class LosslessUnsupported extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = "LosslessUnsupported";
  }
}

export interface Component {
  id: number;
  h: number;
  v: number;
  tq: number;
}

export interface HuffmanSpec {
  /** Codes of each length 1..16 (index 0 = length 1). */
  counts: Uint8Array;
  symbols: Uint8Array;
}

export interface Scan {
  /** Indexes into JpegFile.components, in scan order. */
  components: number[];
  dcTables: number[];
  acTables: number[];
  /** Entropy-coded data: [start, end) in the file's bytes, RSTn markers included. */
  start: number;
  end: number;
  restartInterval: number;
  /** Huffman tables in force for this scan (DHT may come between scans). */
  dc: (HuffmanSpec | undefined)[];
  ac: (HuffmanSpec | undefined)[];
}

export interface JpegFile {
  width: number;
  height: number;
  components: Component[];
  /** 64 entries each, zigzag order as stored. */
  quant: (Uint16Array | undefined)[];
  scans: Scan[];
  /** Whole APP2 segments (marker included) holding ICC_PROFILE chunks. */
  icc: Uint8Array[];
}

const u16 = (b: Uint8Array, i: number) => (b[i] << 8) | b[i + 1];

function isIcc(b: Uint8Array, at: number, len: number): boolean {
  const tag = "ICC_PROFILE\0";
  if (len < 2 + tag.length) return false;
  for (let k = 0; k < tag.length; k++) if (b[at + 4 + k] !== tag.charCodeAt(k)) return false;
  return true;
}

function readFrame(b: Uint8Array, at: number, len: number): Pick<JpegFile, "width" | "height" | "components"> {
  if (b[at + 4] !== 8) throw new LosslessUnsupported("not 8-bit");
  const height = u16(b, at + 5);
  const width = u16(b, at + 7);
  const n = b[at + 9];
  if (width === 0 || height === 0) throw new LosslessUnsupported("no size in the frame header");
  if (n !== 1 && n !== 3) throw new LosslessUnsupported(`${n} components`);
  if (len < 8 + 3 * n) throw new LosslessUnsupported("short frame header");
  const components: Component[] = [];
  for (let c = 0; c < n; c++) {
    const p = at + 10 + 3 * c;
    const h = b[p + 1] >> 4;
    const v = b[p + 1] & 15;
    if (h < 1 || h > 4 || v < 1 || v > 4 || b[p + 2] > 3) throw new LosslessUnsupported("bad sampling");
    components.push({ id: b[p], h, v, tq: b[p + 2] });
  }
  // A lone component is coded one block per MCU whatever its factors say.
  if (n === 1) components[0] = { ...components[0], h: 1, v: 1 };
  return { width, height, components };
}

function readQuant(b: Uint8Array, at: number, end: number, quant: (Uint16Array | undefined)[]) {
  let p = at + 4;
  while (p < end) {
    const pq = b[p] >> 4;
    const tq = b[p] & 15;
    if (pq !== 0 || tq > 3 || p + 65 > end) throw new LosslessUnsupported("16-bit or bad quantisation table");
    quant[tq] = Uint16Array.from(b.subarray(p + 1, p + 65));
    p += 65;
  }
}

function readHuffman(b: Uint8Array, at: number, end: number, dc: (HuffmanSpec | undefined)[], ac: (HuffmanSpec | undefined)[]) {
  let p = at + 4;
  while (p < end) {
    const tc = b[p] >> 4;
    const th = b[p] & 15;
    if (tc > 1 || th > 3 || p + 17 > end) throw new LosslessUnsupported("bad Huffman table");
    const counts = b.slice(p + 1, p + 17);
    let total = 0;
    for (const c of counts) total += c;
    if (total > 256 || p + 17 + total > end) throw new LosslessUnsupported("bad Huffman table");
    const spec = { counts, symbols: b.slice(p + 17, p + 17 + total) };
    (tc === 0 ? dc : ac)[th] = spec;
    p += 17 + total;
  }
}

/** End of the entropy data that starts at `p`: the next marker other than RSTn or a stuffed 0xFF00. */
function entropyEnd(b: Uint8Array, p: number): number {
  const n = b.length - 1;
  for (; p < n; p++) {
    if (b[p] !== 0xff) continue;
    const m = b[p + 1];
    if (m === 0 || (m >= 0xd0 && m <= 0xd7) || m === 0xff) continue;
    return p;
  }
  throw new LosslessUnsupported("the entropy data has no end (truncated)");
}

export function parseJpeg(b: Uint8Array): JpegFile {
  if (b.length < 4 || b[0] !== 0xff || b[1] !== 0xd8) throw new LosslessUnsupported("not a JPEG");
  const quant: (Uint16Array | undefined)[] = [];
  const dc: (HuffmanSpec | undefined)[] = [];
  const ac: (HuffmanSpec | undefined)[] = [];
  const icc: Uint8Array[] = [];
  const scans: Scan[] = [];
  let frame: Pick<JpegFile, "width" | "height" | "components"> | undefined;
  let restartInterval = 0;
  let adobeTransform = -1;
  let p = 2;
  for (;;) {
    if (p + 2 > b.length) throw new LosslessUnsupported("truncated");
    if (b[p] !== 0xff) throw new LosslessUnsupported("marker expected");
    const m = b[p + 1];
    if (m === 0xff) {
      p++;
      continue;
    }
    if (m === 0xd9) break;
    if (p + 4 > b.length) throw new LosslessUnsupported("truncated");
    const len = u16(b, p + 2);
    const end = p + 2 + len;
    if (len < 2 || end > b.length) throw new LosslessUnsupported("truncated segment");
    if (m === 0xc0 || m === 0xc1) {
      if (frame) throw new LosslessUnsupported("two frames");
      frame = readFrame(b, p, len);
    } else if (m >= 0xc2 && m <= 0xcf && m !== 0xc4 && m !== 0xc8) {
      throw new LosslessUnsupported("progressive, lossless or arithmetic-coded JPEG");
    } else if (m === 0xdb) readQuant(b, p, end, quant);
    else if (m === 0xc4) readHuffman(b, p, end, dc, ac);
    else if (m === 0xdd) restartInterval = u16(b, p + 4);
    else if (m === 0xe2 && isIcc(b, p, len)) icc.push(b.subarray(p, end));
    // Adobe's marker can say the three components are RGB (transform 0) or YCCK: JFIF, which
    // the output carries, would make decoders read them as YCbCr.
    else if (m === 0xee && len >= 14 && b[p + 4] === 0x41 && b[p + 5] === 0x64) adobeTransform = b[p + 15];
    else if (m === 0xda) {
      if (!frame) throw new LosslessUnsupported("scan before frame");
      const ns = b[p + 4];
      const scan: Scan = { components: [], dcTables: [], acTables: [], start: end, end: 0, restartInterval, dc: [...dc], ac: [...ac] };
      for (let k = 0; k < ns; k++) {
        const id = b[p + 5 + 2 * k];
        const index = frame.components.findIndex((c) => c.id === id);
        if (index < 0 || scan.components.includes(index)) throw new LosslessUnsupported("scan names an unknown component");
        scan.components.push(index);
        scan.dcTables.push(b[p + 6 + 2 * k] >> 4);
        scan.acTables.push(b[p + 6 + 2 * k] & 15);
      }
      const q = p + 5 + 2 * ns;
      if (b[q] !== 0 || b[q + 1] !== 63 || b[q + 2] !== 0) throw new LosslessUnsupported("not a sequential scan");
      scan.end = entropyEnd(b, end);
      scans.push(scan);
      p = scan.end;
      continue;
    } else if (m >= 0xd0 && m <= 0xd8) throw new LosslessUnsupported("stray marker");
    p = end;
  }
  if (!frame || scans.length === 0) throw new LosslessUnsupported("no frame or no scan");
  const covered = new Set(scans.flatMap((s) => s.components));
  const three = frame.components.length === 3;
  if (three && adobeTransform >= 0 && adobeTransform !== 1) throw new LosslessUnsupported("Adobe colour transform");
  if (three && frame.components.map((c) => c.id).join() === "82,71,66") throw new LosslessUnsupported("RGB components");
  if (covered.size !== frame.components.length) throw new LosslessUnsupported("a component has no scan");
  for (const c of frame.components) if (!quant[c.tq]) throw new LosslessUnsupported("missing quantisation table");
  return { ...frame, quant, scans, icc };
}
