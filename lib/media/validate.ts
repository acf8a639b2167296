/**
 * One check for attachment bytes, run in the browser (before and after preparation) and
 * again on the server (chat route), so both refuse the same things with the same words.
 */
import {
  ACCEPTED_IMAGE_TYPES,
  ACCEPTED_VIDEO_TYPES,
  DEFAULT_MAX_VIDEO_BYTES,
  MAX_IMAGE_BYTES,
  MAX_IMAGE_BYTES_LABEL,
  MAX_IMAGE_PIXELS,
  MAX_IMAGE_SIDE,
  MAX_RAW_IMAGE_BYTES,
  SENDABLE_IMAGE_TYPES,
} from "./limits";
import { formatBytes } from "@/lib/format";
import { detectTruncation, readImageSize, sniffMedia } from "./sniff";

export type AttachmentCheck =
  | { ok: true; kind: "image" | "video"; mimeType: string; width?: number; height?: number }
  | { ok: false; code: AttachmentRefusal; reason: string; status: 400 | 413 };

export type AttachmentRefusal =
  | "unsupported_type"
  | "type_mismatch"
  | "truncated"
  | "too_large"
  | "too_many_pixels"
  | "too_wide"
  | "too_many"
  | "mixed";

export interface ValidateOptions {
  /** The type the file or request part claims (File.type, or the part's mimeType). */
  claimedType?: string;
  /**
   * "raw": a user's file before preparation (any accepted format, any size that can be
   * prepared). "prepared": what is sent upstream (png / jpeg within the upstream limits);
   * the server always uses "prepared".
   */
  stage: "raw" | "prepared";
  maxVideoBytes?: number;
}

const ALIASES: Record<string, string> = {
  "image/jpg": "image/jpeg",
  "image/pjpeg": "image/jpeg",
  "image/heif": "image/heic",
  "image/x-ms-bmp": "image/bmp",
  "video/mkv": "video/x-matroska",
  "video/matroska": "video/x-matroska",
  "video/mov": "video/quicktime",
};

function normalise(type: string): string {
  const t = type.split(";")[0].trim().toLowerCase();
  return ALIASES[t] ?? t;
}

function refuse(code: AttachmentRefusal, reason: string, status: 400 | 413 = 400): AttachmentCheck {
  return { ok: false, code, reason, status };
}

const FORMAT_NAMES: Record<string, string> = {
  "image/png": "PNG", "image/jpeg": "JPEG", "image/gif": "GIF", "image/webp": "WebP", "image/bmp": "BMP",
  "image/avif": "AVIF", "image/heic": "HEIC", "video/mp4": "MP4", "video/quicktime": "MOV",
  "video/x-matroska": "MKV", "video/webm": "WebM",
};

export const formatName = (mimeType: string): string => FORMAT_NAMES[mimeType] ?? mimeType;

export function validateAttachmentBytes(bytes: Uint8Array, options: ValidateOptions): AttachmentCheck {
  const sniffed = sniffMedia(bytes);
  if (!sniffed.ok) return refuse("unsupported_type", sniffed.reason);
  const { kind, mimeType } = sniffed;

  const claimed = options.claimedType ? normalise(options.claimedType) : "";
  // Empty or generic claims (some systems send none for mkv / heic) say nothing to contradict.
  if (claimed && claimed !== "application/octet-stream" && claimed !== mimeType) {
    return refuse(
      "type_mismatch",
      `The file claims to be ${formatName(claimed)} but its contents are ${formatName(mimeType)}. Re-save it in its real format and attach it again.`,
    );
  }
  const cut = detectTruncation(bytes, mimeType);
  if (cut) return refuse("truncated", cut);

  if (kind === "video") return checkVideo(bytes, mimeType, options.maxVideoBytes ?? DEFAULT_MAX_VIDEO_BYTES);
  return checkImage(bytes, mimeType, options.stage);
}

function checkVideo(bytes: Uint8Array, mimeType: string, cap: number): AttachmentCheck {
  if (!(ACCEPTED_VIDEO_TYPES as readonly string[]).includes(mimeType)) {
    return refuse("unsupported_type", `${formatName(mimeType)} videos are not supported: use MP4, MOV or MKV.`);
  }
  if (bytes.length > cap) {
    return refuse(
      "too_large",
      `The video is ${formatBytes(bytes.length)}, over the ${formatBytes(cap)} limit. Trim or compress it below ${formatBytes(cap)}.`,
      413,
    );
  }
  return { ok: true, kind: "video", mimeType };
}

function checkImage(bytes: Uint8Array, mimeType: string, stage: "raw" | "prepared"): AttachmentCheck {
  const allowed: readonly string[] = stage === "prepared" ? SENDABLE_IMAGE_TYPES : ACCEPTED_IMAGE_TYPES;
  if (!allowed.includes(mimeType)) {
    return refuse(
      "unsupported_type",
      stage === "prepared"
        ? `${formatName(mimeType)} images must be converted to PNG or JPEG before sending.`
        : `${formatName(mimeType)} images are not supported.`,
    );
  }
  const size = readImageSize(bytes, mimeType);
  if (size && size.width * size.height > MAX_IMAGE_PIXELS) {
    const mp = Math.round((size.width * size.height) / 1e6);
    return refuse(
      "too_many_pixels",
      `The image is ${size.width} x ${size.height} (${mp} megapixels), over the 100 megapixel limit. Scale it down first.`,
      413,
    );
  }
  if (stage === "prepared") {
    if (!size) return refuse("truncated", "The image header cannot be read: the file is damaged.");
    if (Math.max(size.width, size.height) > MAX_IMAGE_SIDE) {
      return refuse("too_wide", `The image is ${size.width} x ${size.height}, over the ${MAX_IMAGE_SIDE} px limit per side.`, 413);
    }
    if (bytes.length > MAX_IMAGE_BYTES) {
      return refuse("too_large", `The image is ${formatBytes(bytes.length)}, over the ${MAX_IMAGE_BYTES_LABEL} limit.`, 413);
    }
  } else if (bytes.length > MAX_RAW_IMAGE_BYTES) {
    return refuse("too_large", `The image is ${formatBytes(bytes.length)}, over the ${formatBytes(MAX_RAW_IMAGE_BYTES)} we can prepare.`, 413);
  }
  return { ok: true, kind: "image", mimeType, ...(size ? { width: size.width, height: size.height } : {}) };
}

// The count rules live apart so the composer checks a set without loading the byte checks.
export { validateAttachmentSet, type AttachmentSetOptions, type AttachmentSetRule } from "./attachment-set";
