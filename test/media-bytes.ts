/** Hand-built file headers for unit tests (no image tooling on the machine). */

const enc = (s: string) => Array.from(s, (c) => c.charCodeAt(0));
const be16 = (n: number) => [(n >> 8) & 0xff, n & 0xff];
const be32 = (n: number) => [(n >>> 24) & 0xff, (n >> 16) & 0xff, (n >> 8) & 0xff, n & 0xff];
const le16 = (n: number) => [n & 0xff, (n >> 8) & 0xff];
const le24 = (n: number) => [n & 0xff, (n >> 8) & 0xff, (n >> 16) & 0xff];
const le32 = (n: number) => [n & 0xff, (n >> 8) & 0xff, (n >> 16) & 0xff, (n >>> 24) & 0xff];

export const bytes = (...parts: Array<number[] | string>) =>
  new Uint8Array(parts.flatMap((p) => (typeof p === "string" ? enc(p) : p)));

export function pngBytes(width: number, height: number, complete = true): Uint8Array {
  return bytes(
    [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
    be32(13), "IHDR", be32(width), be32(height), [8, 6, 0, 0, 0], [0, 0, 0, 0],
    be32(4), "IDAT", [1, 2, 3, 4], [0, 0, 0, 0],
    complete ? [...be32(0), ...enc("IEND"), 0xae, 0x42, 0x60, 0x82] : [],
  );
}

/** SOI, optional EXIF orientation, a thumbnail-like FFD9 inside APP1, SOF0 or SOF2, SOS, data, EOI. */
export function jpegBytes(width: number, height: number, opts: { orientation?: number; complete?: boolean; progressive?: boolean; bigEndian?: boolean } = {}): Uint8Array {
  const parts: number[][] = [[0xff, 0xd8]];
  if (opts.orientation) {
    const le = !opts.bigEndian;
    const u16 = le ? le16 : be16;
    const u32 = le ? le32 : be32;
    const tiff = [...enc(le ? "II" : "MM"), ...u16(42), ...u32(8), ...u16(1), ...u16(0x0112), ...u16(3), ...u32(1), ...u16(opts.orientation), 0, 0, ...u32(0), 0xff, 0xd9];
    const body = [...enc("Exif"), 0, 0, ...tiff];
    parts.push([0xff, 0xe1, ...be16(body.length + 2), ...body]);
  }
  parts.push([0xff, 0xdb, ...be16(4), 0, 0]);
  parts.push([0xff, opts.progressive ? 0xc2 : 0xc0, ...be16(11), 8, ...be16(height), ...be16(width), 1, 1, 0x11, 0]);
  parts.push([0xff, 0xda, ...be16(8), 1, 1, 0, 0, 0x3f, 0]);
  parts.push([0x12, 0xff, 0x00, 0x34, 0x56]);
  if (opts.complete !== false) parts.push([0xff, 0xd9]);
  return new Uint8Array(parts.flat());
}

export function gifBytes(width: number, height: number): Uint8Array {
  return bytes("GIF89a", le16(width), le16(height), [0, 0, 0], [0x2c, 0, 0, 0, 0], [0x3b]);
}

export function bmpBytes(width: number, height: number, declaredSize?: number): Uint8Array {
  const body = new Array(40).fill(0);
  const head = bytes("BM", le32(0), [0, 0, 0, 0], le32(54), le32(40), le32(width), le32(height), body);
  const size = declaredSize ?? head.length;
  head.set(le32(size), 2);
  return head;
}

export function webpBytes(kind: "VP8 " | "VP8L" | "VP8X", width: number, height: number): Uint8Array {
  let chunk: number[];
  if (kind === "VP8 ") chunk = [0, 0, 0, 0x9d, 0x01, 0x2a, ...le16(width), ...le16(height), 0, 0];
  else if (kind === "VP8L") {
    const w = width - 1;
    const h = height - 1;
    const bits = w | (h << 14);
    chunk = [0x2f, ...le32(bits >>> 0), 0, 0, 0, 0, 0];
  } else chunk = [0, 0, 0, 0, ...le24(width - 1), ...le24(height - 1)];
  const payload = [...enc("WEBP"), ...enc(kind), ...le32(chunk.length), ...chunk];
  return bytes("RIFF", le32(payload.length), payload);
}

export function ftypBytes(major: string, compatible: string[] = [], extra: number[] = []): Uint8Array {
  const box = [...enc(major), 0, 0, 0, 0, ...compatible.flatMap(enc)];
  return bytes(be32(box.length + 8), "ftyp", box, extra, new Array(64).fill(0));
}

export function ispeBox(width: number, height: number): number[] {
  return [...be32(20), ...enc("ispe"), 0, 0, 0, 0, ...be32(width), ...be32(height)];
}

export function ebmlBytes(docType: "webm" | "matroska"): Uint8Array {
  return bytes([0x1a, 0x45, 0xdf, 0xa3, 0x9f, 0x42, 0x82, 0x80 | docType.length], docType, new Array(64).fill(0));
}

export const text = (s: string) => new TextEncoder().encode(s);
