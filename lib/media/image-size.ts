/**
 * Reads image dimensions from the header without decoding, so a 100+ megapixel image (a
 * decompression bomb, or just a huge scan) is refused before it can exhaust memory.
 * Dimensions are as stored: a JPEG with EXIF orientation 5-8 displays rotated.
 */

export interface ImageSize {
  width: number;
  height: number;
}

const u16be = (b: Uint8Array, i: number) => (b[i] << 8) | b[i + 1];
const u16le = (b: Uint8Array, i: number) => b[i] | (b[i + 1] << 8);
const u24le = (b: Uint8Array, i: number) => b[i] | (b[i + 1] << 8) | (b[i + 2] << 16);
const u32be = (b: Uint8Array, i: number) => ((b[i] << 24) | (b[i + 1] << 16) | (b[i + 2] << 8) | b[i + 3]) >>> 0;
const i32le = (b: Uint8Array, i: number) => b[i] | (b[i + 1] << 8) | (b[i + 2] << 16) | (b[i + 3] << 24);
const tag = (b: Uint8Array, i: number) => String.fromCharCode(b[i], b[i + 1], b[i + 2], b[i + 3]);

function png(b: Uint8Array): ImageSize | null {
  if (b.length < 24 || tag(b, 12) !== "IHDR") return null;
  return { width: u32be(b, 16), height: u32be(b, 20) };
}

function gif(b: Uint8Array): ImageSize | null {
  return b.length < 10 ? null : { width: u16le(b, 6), height: u16le(b, 8) };
}

function bmp(b: Uint8Array): ImageSize | null {
  if (b.length < 26) return null;
  const dib = u16le(b, 14);
  if (dib === 12) return { width: u16le(b, 18), height: u16le(b, 20) };
  // Negative height means top-down rows; the size is the absolute value.
  return { width: Math.abs(i32le(b, 18)), height: Math.abs(i32le(b, 22)) };
}

function webp(b: Uint8Array): ImageSize | null {
  if (b.length < 30) return null;
  const chunk = tag(b, 12);
  if (chunk === "VP8 ") {
    if (b[23] !== 0x9d || b[24] !== 0x01 || b[25] !== 0x2a) return null;
    return { width: u16le(b, 26) & 0x3fff, height: u16le(b, 28) & 0x3fff };
  }
  if (chunk === "VP8L") {
    if (b[20] !== 0x2f) return null;
    const b0 = b[21], b1 = b[22], b2 = b[23], b3 = b[24];
    return {
      width: 1 + (((b1 & 0x3f) << 8) | b0),
      height: 1 + (((b3 & 0x0f) << 10) | (b2 << 2) | ((b1 & 0xc0) >> 6)),
    };
  }
  if (chunk === "VP8X") return { width: 1 + u24le(b, 24), height: 1 + u24le(b, 27) };
  return null;
}

/** Walks JPEG segments by length to the first SOFn marker. */
function jpeg(b: Uint8Array): ImageSize | null {
  let i = 2;
  while (i + 9 < b.length) {
    if (b[i] !== 0xff) return null;
    const m = b[i + 1];
    if (m === 0xff) {
      i++;
      continue;
    }
    if (m === 0xd8 || m === 0x01 || (m >= 0xd0 && m <= 0xd7)) {
      i += 2;
      continue;
    }
    if (m >= 0xc0 && m <= 0xcf && m !== 0xc4 && m !== 0xc8 && m !== 0xcc) {
      return { width: u16be(b, i + 7), height: u16be(b, i + 5) };
    }
    if (m === 0xda || m === 0xd9) return null;
    i += 2 + u16be(b, i + 2);
  }
  return null;
}

/** AVIF / HEIC: the `ispe` property box; searched in the first 64 KB of metadata. */
function heif(b: Uint8Array): ImageSize | null {
  const end = Math.min(b.length - 16, 65536);
  for (let i = 4; i < end; i++) {
    if (b[i] === 0x69 && b[i + 1] === 0x73 && b[i + 2] === 0x70 && b[i + 3] === 0x65) {
      return { width: u32be(b, i + 8), height: u32be(b, i + 12) };
    }
  }
  return null;
}

/** Width and height from the header of a sniffed image, or null if unreadable. */
export function readImageSize(bytes: Uint8Array, mimeType?: string): ImageSize | null {
  const type = mimeType ?? guess(bytes);
  let size: ImageSize | null = null;
  if (type === "image/png") size = png(bytes);
  else if (type === "image/jpeg") size = jpeg(bytes);
  else if (type === "image/gif") size = gif(bytes);
  else if (type === "image/webp") size = webp(bytes);
  else if (type === "image/bmp") size = bmp(bytes);
  else if (type === "image/avif" || type === "image/heic") size = heif(bytes);
  return size && size.width > 0 && size.height > 0 ? size : null;
}

function guess(b: Uint8Array): string | undefined {
  if (b[0] === 0x89 && b[1] === 0x50) return "image/png";
  if (b[0] === 0xff && b[1] === 0xd8) return "image/jpeg";
  if (b[0] === 0x47 && b[1] === 0x49) return "image/gif";
  if (b[0] === 0x52 && b[1] === 0x49 && tag(b, 8) === "WEBP") return "image/webp";
  if (b[0] === 0x42 && b[1] === 0x4d) return "image/bmp";
  if (tag(b, 4) === "ftyp") return "image/avif";
  return undefined;
}

/**
 * EXIF orientation (1-8) of a JPEG, 1 when absent. Orientation 1 means the stored pixels
 * are already upright, so the file can be sent as is.
 */
export function readJpegOrientation(b: Uint8Array): number {
  let i = 2;
  while (i + 4 < b.length) {
    if (b[i] !== 0xff) return 1;
    const m = b[i + 1];
    if (m === 0xda || m === 0xd9) return 1;
    const len = u16be(b, i + 2);
    if (m === 0xe1 && tag(b, i + 4) === "Exif") return exifOrientation(b, i + 10, i + 2 + len);
    i += 2 + len;
  }
  return 1;
}

function exifOrientation(b: Uint8Array, tiff: number, end: number): number {
  if (tiff + 8 > end || end > b.length) return 1;
  const le = b[tiff] === 0x49;
  const r16 = (i: number) => (le ? u16le(b, i) : u16be(b, i));
  const r32 = (i: number) => (le ? (u16le(b, i) | (u16le(b, i + 2) << 16)) >>> 0 : u32be(b, i));
  const ifd = tiff + r32(tiff + 4);
  if (ifd + 2 > end) return 1;
  const count = Math.min(r16(ifd), 512);
  for (let n = 0; n < count; n++) {
    const entry = ifd + 2 + n * 12;
    if (entry + 12 > end) return 1;
    if (r16(entry) === 0x0112) {
      const v = r16(entry + 8);
      return v >= 1 && v <= 8 ? v : 1;
    }
  }
  return 1;
}
