/**
 * Pure decisions for preparing an image for the upstream (jpg/png only, <= 6000 px a side,
 * under 5 MB): whether the original bytes can go as they are, what to encode first, and the
 * next, smaller attempt when an encode is still too big. Quality drops first, then scale.
 */
import { MAX_IMAGE_BYTES, MAX_IMAGE_SIDE } from "./limits";

export type OutputType = "image/png" | "image/jpeg";

export interface EncodeStep {
  mimeType: OutputType;
  /** JPEG quality 0-1 (ignored for PNG). */
  quality: number;
  width: number;
  height: number;
}

export interface SourceInfo {
  mimeType: string;
  bytes: number;
  /** From the header; absent when it could not be read. */
  width?: number;
  height?: number;
  /** EXIF orientation, 1 when upright or unknown. */
  orientation: number;
}

export interface PlanLimits {
  maxSide: number;
  maxBytes: number;
  /** Canvas area some browsers cap (iOS Safari: 16.7 MP); scale below it. */
  maxCanvasPixels: number;
}

export const DEFAULT_PLAN_LIMITS: PlanLimits = {
  maxSide: MAX_IMAGE_SIDE,
  maxBytes: MAX_IMAGE_BYTES,
  maxCanvasPixels: MAX_IMAGE_SIDE * MAX_IMAGE_SIDE,
};

const START_QUALITY = 0.92;
const MIN_QUALITY = 0.7;
const QUALITY_STEP = 0.1;
const MIN_SIDE = 64;

/** Why the original bytes cannot be sent as they are; empty means send them unchanged. */
export function reencodeReasons(src: SourceInfo, limits: PlanLimits = DEFAULT_PLAN_LIMITS): string[] {
  const reasons: string[] = [];
  if (src.mimeType !== "image/png" && src.mimeType !== "image/jpeg") reasons.push("format");
  if (src.orientation !== 1) reasons.push("orientation");
  if (src.width === undefined || src.height === undefined) reasons.push("unknown_size");
  else if (Math.max(src.width, src.height) > limits.maxSide) reasons.push("too_wide");
  if (src.bytes > limits.maxBytes) reasons.push("too_large");
  return reasons;
}

/** Largest size with the same aspect ratio within maxSide and maxPixels. */
export function fitWithin(width: number, height: number, maxSide: number, maxPixels: number): { width: number; height: number } {
  let scale = Math.min(1, maxSide / Math.max(width, height));
  if (width * height * scale * scale > maxPixels) scale = Math.sqrt(maxPixels / (width * height));
  return {
    width: Math.max(1, Math.min(maxSide, Math.floor(width * scale))),
    height: Math.max(1, Math.min(maxSide, Math.floor(height * scale))),
  };
}

/**
 * First encode for a decoded image (width/height after EXIF rotation). Photos stay JPEG;
 * everything else tries PNG first so screenshots keep crisp text for GUI-agent work.
 */
export function firstEncodeStep(
  sourceType: string,
  width: number,
  height: number,
  sourceBytes: number,
  limits: PlanLimits = DEFAULT_PLAN_LIMITS,
): EncodeStep {
  const size = fitWithin(width, height, limits.maxSide, limits.maxCanvasPixels);
  const photo = sourceType === "image/jpeg" || sourceType === "image/heic" || sourceType === "image/avif";
  // A JPEG already over the byte limit at this size will be over at 0.92 too: start lower.
  const sameSize = size.width === width && size.height === height;
  const quality = photo && sameSize && sourceBytes > limits.maxBytes ? START_QUALITY - QUALITY_STEP : START_QUALITY;
  return { mimeType: photo ? "image/jpeg" : "image/png", quality, ...size };
}

/** The next attempt after `step` produced `producedBytes` (> limit), or null to give up. */
export function nextEncodeStep(
  step: EncodeStep,
  producedBytes: number,
  limits: PlanLimits = DEFAULT_PLAN_LIMITS,
): EncodeStep | null {
  if (producedBytes <= limits.maxBytes) return null;
  if (step.mimeType === "image/png") return { ...step, mimeType: "image/jpeg", quality: START_QUALITY };
  if (step.quality - QUALITY_STEP >= MIN_QUALITY - 1e-9) {
    return { ...step, quality: Math.round((step.quality - QUALITY_STEP) * 100) / 100 };
  }
  // Bytes scale roughly with area: aim just under the limit, but always shrink by 10-50%.
  const factor = Math.min(0.9, Math.max(0.5, Math.sqrt(limits.maxBytes / producedBytes) * 0.95));
  const width = Math.floor(step.width * factor);
  const height = Math.floor(step.height * factor);
  if (Math.max(width, height) < MIN_SIDE) return null;
  return { mimeType: "image/jpeg", quality: 0.8, width: Math.max(1, width), height: Math.max(1, height) };
}
