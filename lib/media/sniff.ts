/**
 * Identifies media by magic bytes, never by name or claimed type: a renamed SVG or HTML
 * file must not reach the model or the <img> tag as if it were a photo.
 */

export type SniffResult =
  | { ok: true; kind: "image" | "video"; mimeType: string }
  | { ok: false; code: SniffRefusal; reason: string };

export type SniffRefusal = "empty" | "svg" | "html" | "text" | "pdf" | "audio" | "unknown";

const ascii = (bytes: Uint8Array, at: number, len: number): string => {
  let s = "";
  for (let i = at; i < at + len && i < bytes.length; i++) s += String.fromCharCode(bytes[i]);
  return s;
};

const startsWith = (bytes: Uint8Array, sig: number[], at = 0): boolean =>
  bytes.length >= at + sig.length && sig.every((b, i) => bytes[at + i] === b);

const AVIF_BRANDS = new Set(["avif", "avis"]);
const HEIC_BRANDS = new Set(["heic", "heix", "hevc", "hevx", "heim", "heis", "mif1", "msf1"]);
const MOV_BRANDS = new Set(["qt  "]);
const AUDIO_BRANDS = new Set(["M4A ", "M4B ", "M4P "]);

/** ISO-BMFF (`ftyp`): the major brand plus compatible brands decide image vs video. */
function sniffFtyp(bytes: Uint8Array): SniffResult | null {
  if (ascii(bytes, 4, 4) !== "ftyp") return null;
  const boxSize = ((bytes[0] << 24) | (bytes[1] << 16) | (bytes[2] << 8) | bytes[3]) >>> 0;
  const end = Math.min(bytes.length, Math.max(16, Math.min(boxSize, 256)));
  const brands = [ascii(bytes, 8, 4)];
  for (let i = 16; i + 4 <= end; i += 4) brands.push(ascii(bytes, i, 4));
  if (brands.some((b) => AVIF_BRANDS.has(b))) return { ok: true, kind: "image", mimeType: "image/avif" };
  if (HEIC_BRANDS.has(brands[0])) return { ok: true, kind: "image", mimeType: "image/heic" };
  if (MOV_BRANDS.has(brands[0])) return { ok: true, kind: "video", mimeType: "video/quicktime" };
  if (AUDIO_BRANDS.has(brands[0])) {
    return { ok: false, code: "audio", reason: "Audio files are not supported: attach an image or a video." };
  }
  return { ok: true, kind: "video", mimeType: "video/mp4" };
}

/** Matroska / WebM (EBML header); the DocType string names which. */
function sniffEbml(bytes: Uint8Array): SniffResult | null {
  if (!startsWith(bytes, [0x1a, 0x45, 0xdf, 0xa3])) return null;
  const head = ascii(bytes, 0, 64);
  if (head.includes("webm")) return { ok: true, kind: "video", mimeType: "video/webm" };
  return { ok: true, kind: "video", mimeType: "video/x-matroska" };
}

/** Text-ish files are refused by what they are, so the message can say so. */
function sniffText(bytes: Uint8Array): SniffResult {
  let at = 0;
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) at = 3;
  const head = ascii(bytes, at, 1024).replace(/^\s+/, "").toLowerCase();
  const hasSvg = head.includes("<svg");
  if (hasSvg || (head.startsWith("<?xml") && /<svg|svg\+xml|w3\.org\/2000\/svg/.test(head))) {
    return {
      ok: false,
      code: "svg",
      reason: "SVG images are not supported: the model only reads PNG or JPEG. Export it as PNG and attach that.",
    };
  }
  if (/^(<!doctype html|<html|<head|<body|<script|<!--|<meta|<div|<iframe)/.test(head)) {
    return { ok: false, code: "html", reason: "This file is an HTML page, not an image or video." };
  }
  if (head.startsWith("%pdf")) {
    return { ok: false, code: "pdf", reason: "PDF files cannot be attached here: attach an image or a video." };
  }
  let printable = 0;
  const sample = Math.min(bytes.length, 512);
  for (let i = 0; i < sample; i++) {
    const b = bytes[i];
    if (b === 9 || b === 10 || b === 13 || (b >= 32 && b < 127) || b >= 128) printable++;
  }
  if (sample > 0 && printable === sample && !bytes.subarray(0, sample).includes(0)) {
    return { ok: false, code: "text", reason: "This file is text, not an image or video." };
  }
  return {
    ok: false,
    code: "unknown",
    reason: "This file is not an image or video we can read (supported: PNG, JPEG, GIF, WebP, BMP, AVIF, HEIC, MP4, MOV, MKV).",
  };
}

export function sniffMedia(bytes: Uint8Array): SniffResult {
  if (bytes.length === 0) return { ok: false, code: "empty", reason: "The file is empty." };
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) {
    return { ok: true, kind: "image", mimeType: "image/png" };
  }
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return { ok: true, kind: "image", mimeType: "image/jpeg" };
  const six = ascii(bytes, 0, 6);
  if (six === "GIF87a" || six === "GIF89a") return { ok: true, kind: "image", mimeType: "image/gif" };
  if (ascii(bytes, 0, 4) === "RIFF" && ascii(bytes, 8, 4) === "WEBP") {
    return { ok: true, kind: "image", mimeType: "image/webp" };
  }
  if (ascii(bytes, 0, 2) === "BM" && bytes.length >= 26) return { ok: true, kind: "image", mimeType: "image/bmp" };
  return sniffFtyp(bytes) ?? sniffEbml(bytes) ?? sniffText(bytes);
}

/** First index of FF D9 (JPEG end of image) after the first start-of-scan marker, or -1. */
function jpegEnd(bytes: Uint8Array): number {
  let i = 2;
  // Walk header segments by their lengths (so EXIF thumbnails do not count) up to SOS.
  while (i + 4 <= bytes.length) {
    if (bytes[i] !== 0xff) return -1;
    const marker = bytes[i + 1];
    if (marker === 0xff) {
      i++;
      continue;
    }
    if (marker === 0xd9) return i;
    const len = (bytes[i + 2] << 8) | bytes[i + 3];
    if (marker === 0xda) {
      i += 2 + len;
      break;
    }
    i += 2 + len;
  }
  for (; i + 1 < bytes.length; i++) if (bytes[i] === 0xff && bytes[i + 1] === 0xd9) return i;
  return -1;
}

/**
 * Walks the PNG's chunks (length, type, data, CRC) to IEND. Bytes after IEND are ignored, as
 * decoders do: a tail check called such a file cut short. A few thousand hops for a large image.
 */
function pngReachesEnd(bytes: Uint8Array): boolean {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let at = 8;
  while (at + 8 <= bytes.length) {
    if (ascii(bytes, at + 4, 4) === "IEND") return true;
    at += 12 + view.getUint32(at);
  }
  return false;
}

/** Where cheap, tells whether the file was cut short. Returns a reason or null. */
export function detectTruncation(bytes: Uint8Array, mimeType: string): string | null {
  const cut = "The file seems to be cut short (incomplete download?): it cannot be used.";
  switch (mimeType) {
    case "image/png":
      return pngReachesEnd(bytes) ? null : cut;
    case "image/jpeg":
      return jpegEnd(bytes) < 0 ? cut : null;
    case "image/gif":
      return bytes.length < 14 || !bytes.subarray(Math.max(0, bytes.length - 16)).includes(0x3b) ? cut : null;
    case "image/webp": {
      const riff = (bytes[4] | (bytes[5] << 8) | (bytes[6] << 16) | (bytes[7] << 24)) >>> 0;
      return bytes.length < 30 || riff + 8 > bytes.length ? cut : null;
    }
    case "image/bmp": {
      const declared = (bytes[2] | (bytes[3] << 8) | (bytes[4] << 16) | (bytes[5] << 24)) >>> 0;
      return declared > bytes.length ? cut : null;
    }
    default:
      return bytes.length < 32 ? cut : null;
  }
}

export { readImageSize, readJpegOrientation, type ImageSize } from "./image-size";
