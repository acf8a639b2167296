/**
 * Assembles the rotated file: SOI, JFIF APP0, the source's ICC profile (colour), DQT, SOF0,
 * DHT, one SOS, the entropy data, EOI. Nothing else from the source is copied: EXIF (GPS,
 * camera serials, the orientation tag itself) and every other APPn are dropped, as the
 * browser's re-encode drops them.
 */
import type { HuffmanSpec } from "./parse";

export interface OutputFrame {
  width: number;
  height: number;
  components: { id: number; h: number; v: number; tq: number; table: number }[];
  /** Zigzag order, by table id. */
  quant: (Uint16Array | undefined)[];
  dc: HuffmanSpec[];
  ac: HuffmanSpec[];
  icc: Uint8Array[];
}

const JFIF = [0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00];

function segment(marker: number, body: number[]): number[] {
  const len = body.length + 2;
  return [0xff, marker, len >> 8, len & 255, ...body];
}

function huffmanBody(tc: number, th: number, spec: HuffmanSpec): number[] {
  return [(tc << 4) | th, ...spec.counts, ...spec.symbols];
}

export function headerBytes(f: OutputFrame): Uint8Array {
  const out: number[] = [0xff, 0xd8, ...JFIF];
  for (const icc of f.icc) for (const b of icc) out.push(b);
  const used = [...new Set(f.components.map((c) => c.tq))];
  out.push(...segment(0xdb, used.flatMap((t) => [t, ...f.quant[t]!])));
  out.push(
    ...segment(0xc0, [8, f.height >> 8, f.height & 255, f.width >> 8, f.width & 255, f.components.length, ...f.components.flatMap((c) => [c.id, (c.h << 4) | c.v, c.tq])]),
  );
  out.push(...segment(0xc4, [...f.dc.flatMap((s, i) => huffmanBody(0, i, s)), ...f.ac.flatMap((s, i) => huffmanBody(1, i, s))]));
  out.push(...segment(0xda, [f.components.length, ...f.components.flatMap((c) => [c.id, (c.table << 4) | c.table]), 0, 63, 0]));
  return Uint8Array.from(out);
}
