/**
 * Lossless EXIF rotation of a baseline JPEG (what jpegtran does): the quantised DCT blocks are
 * moved and transposed, the entropy data rewritten, and no pixel is decoded or re-encoded. For a
 * 12 MP phone photo this replaces the browser's decode + rotated draw + encode (~435 ms of CPU)
 * and keeps the photo's exact quality (chroma excepted when a moved edge is a partial MCU, see
 * shift.ts). When luma cannot move by whole blocks or the file is
 * outside what this reads, it says why and the caller takes the browser path.
 */
import { decodeCoefficients, type Placement } from "./decode";
import { blockOrder, countSymbols, writeScan, type BlockOrder } from "./encode";
import { geometry } from "./geometry";
import { buildEncodeTable, coveringSpec, optimalSpec, STANDARD_AC_CHROMA, STANDARD_AC_LUMA, STANDARD_DC_CHROMA, STANDARD_DC_LUMA } from "./huffman";
import { coefficientMap, orientationOf, type Orientation } from "./orient";
import { LosslessUnsupported, parseJpeg, type HuffmanSpec, type JpegFile } from "./parse";
import { coarserTable, requantise } from "./requantise";
import { planeShifts, shiftPlane } from "./shift";
import { headerBytes } from "./write";

export type TableChoice = "source" | "optimal" | "standard";

export type LosslessResult =
  /**
   * `quality` is set when the DCT-domain requantisation was needed to fit maxBytes; `exact` is
   * false when a chroma plane had to be shifted by part of a block (shift.ts).
   */
  | { ok: true; bytes: Uint8Array; width: number; height: number; quality?: number; exact: boolean }
  | { ok: false; reason: string };

export interface LosslessOptions {
  /** Output over this many bytes is refused (the upstream's limit). */
  maxBytes?: number;
  /**
   * "source" (the default): the source's tables, completed, written in one pass; optimal ones
   * cost a counting pass (~20 % of the CPU) and are taken when the result is over maxBytes.
   */
  tables?: TableChoice;
  /**
   * Qualities to step down to, in the DCT domain, while the result is over maxBytes (as the
   * browser path re-encodes at 0.82 then 0.72). Empty: strictly lossless or nothing.
   */
  coarser?: number[];
}

/** Inverts the output order and the coefficient map for the decoder. */
function placement(order: BlockOrder, o: Orientation): Placement {
  const destOf = new Int32Array(order.base.length);
  for (let i = 0; i < order.base.length; i++) destOf[order.base[i] / 64] = i;
  const map = coefficientMap(o);
  const position = new Uint8Array(64);
  const sign = new Int8Array(64);
  for (let k = 0; k < 64; k++) {
    position[map.from[k]] = k;
    sign[map.from[k]] = map.sign[k];
  }
  return { destOf, position, sign };
}

function codedBits(counts: Uint32Array[], specs: HuffmanSpec[]): number {
  let bits = 0;
  counts.forEach((c, t) => {
    const { size } = buildEncodeTable(specs[t]);
    for (let s = 0; s < 256; s++) bits += c[s] * size[s];
  });
  return bits;
}

function standardSpecs(n: number) {
  return { dc: [STANDARD_DC_LUMA, STANDARD_DC_CHROMA].slice(0, n), ac: [STANDARD_AC_LUMA, STANDARD_AC_CHROMA].slice(0, n) };
}

/** The tables the source coded luma (and its first chroma plane) with, completed (coveringSpec). */
function sourceSpecs(file: JpegFile, n: number) {
  const pick = (c: number, kind: "dc" | "ac") => {
    const scan = file.scans.find((s) => s.components.includes(c))!;
    const at = scan.components.indexOf(c);
    return coveringSpec(kind === "dc" ? scan.dc[scan.dcTables[at]]! : scan.ac[scan.acTables[at]]!, kind);
  };
  return { dc: [0, 1].slice(0, n).map((c) => pick(c, "dc")), ac: [0, 1].slice(0, n).map((c) => pick(c, "ac")) };
}

/** Luma uses table 0, both chroma planes share table 1 (baseline allows two of each). */
function mergedCounts(perPlane: Uint32Array[]): Uint32Array[] {
  const chroma = new Uint32Array(257);
  for (const c of perPlane.slice(1)) for (let i = 0; i < 257; i++) chroma[i] += c[i];
  return perPlane.length > 1 ? [perPlane[0], chroma] : [perPlane[0]];
}

export function rotateJpeg(bytes: Uint8Array, exifOrientation: number, options: LosslessOptions = {}): LosslessResult {
  const o = orientationOf(exifOrientation);
  if (!o || exifOrientation === 1) return { ok: false, reason: "no rotation to apply" };
  try {
    const file = parseJpeg(bytes);
    const from = geometry(file.width, file.height, file.components);
    const shifts = planeShifts(file.width, file.height, from, o);
    // Luma must move by whole blocks (it stays exact); chroma may shift by part of one.
    if (shifts[0].x || shifts[0].y) return { ok: false, reason: "a moved edge is not a whole number of luma blocks" };
    const width = o.transpose ? file.height : file.width;
    const height = o.transpose ? file.width : file.height;
    const components = file.components.map((c, i) => ({ id: c.id, tq: c.tq, table: i === 0 ? 0 : 1, h: o.transpose ? c.v : c.h, v: o.transpose ? c.h : c.v }));
    const to = geometry(width, height, components);
    const order = blockOrder(from, to, o, shifts);
    const decoded = decodeCoefficients(bytes, file, from, placement(order, o));
    const { from: at } = coefficientMap(o);
    let quant = file.quant.map((q) => (q && o.transpose ? Uint16Array.from(at, (k) => q[k]) : q));
    shifts.forEach((s, c) => {
      const table = quant[components[c].tq]!;
      if (s.x) shiftPlane(decoded, to, c, "x", s.x, table);
      if (s.y) shiftPlane(decoded, to, c, "y", s.y, table);
    });
    const exact = shifts.every((s) => !s.x && !s.y);
    const n = components.length > 1 ? 2 : 1;
    const write = (dc: HuffmanSpec[], ac: HuffmanSpec[]) => {
      const encode = { dc: components.map((c) => buildEncodeTable(dc[c.table])), ac: components.map((c) => buildEncodeTable(ac[c.table])) };
      const data = writeScan(decoded, order.plane, encode, bytes.length + 65536);
      const header = headerBytes({ width, height, components, quant, dc, ac, icc: file.icc });
      const out = new Uint8Array(header.length + data.length + 2);
      out.set(header);
      out.set(data, header.length);
      out[out.length - 2] = 0xff;
      out[out.length - 1] = 0xd9;
      return out;
    };
    const fits = (out: Uint8Array) => options.maxBytes === undefined || out.length <= options.maxBytes;
    const choice = options.tables ?? "source";
    if (choice !== "optimal") {
      const specs = choice === "standard" ? standardSpecs(n) : sourceSpecs(file, n);
      const out = write(specs.dc, specs.ac);
      if (fits(out)) return { ok: true, bytes: out, width, height, exact };
      // Over the limit: optimal tables (and, if need be, coarser steps) below.
      if (choice === "standard") return { ok: false, reason: "over the byte limit" };
    }
    let quality: number | undefined;
    const coarser = [...(options.coarser ?? [])];
    for (;;) {
      const counts = countSymbols(decoded, order.plane, components.length);
      const dcCounts = mergedCounts(counts.dc);
      const acCounts = mergedCounts(counts.ac);
      const dc = dcCounts.map(optimalSpec);
      const ac = acCounts.map(optimalSpec);
      // The exact size before stuffing is known now: a file that will be too big is not written.
      const bits = counts.valueBits + codedBits(dcCounts, dc) + codedBits(acCounts, ac);
      // Stuffed bytes (~1 in 256 on random data) and the headers come on top.
      if (options.maxBytes === undefined || (bits / 8) * 1.005 + 4096 <= options.maxBytes) {
        const out = write(dc, ac);
        if (!fits(out)) return { ok: false, reason: "over the byte limit" };
        return { ok: true, bytes: out, width, height, quality, exact };
      }
      quality = coarser.shift();
      if (quality === undefined) return { ok: false, reason: "over the byte limit" };
      const q = quality;
      const next = quant.map((t, id) => t && coarserTable(t, id !== components[0].tq, q));
      requantise(decoded, order.plane, components.map((c) => quant[c.tq]!), components.map((c) => next[c.tq]!));
      quant = next;
    }
  } catch (error) {
    if (error instanceof LosslessUnsupported) return { ok: false, reason: error.message };
    throw error;
  }
}
