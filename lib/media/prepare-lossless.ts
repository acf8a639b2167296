/**
 * The fast path for the commonest photo that must change: a phone JPEG tagged with an EXIF
 * rotation, already within the upstream's limits. Rotating its DCT blocks (jpeg-lossless)
 * skips the browser's decode, rotated draw and encode (~435 ms of CPU for 12 MP) and keeps the
 * photo's own quality. Anything it cannot do exactly gives null: the caller takes the browser
 * path, so a photo is never prepared worse than before, and damaged files get the same error.
 */
import { rotateJpeg } from "./jpeg-lossless";
import { fitWithin, reencodeReasons, type PlanLimits, type SourceInfo } from "./prepare-plan";

export interface LosslessImage {
  blob: Blob;
  width: number;
  height: number;
}

/** Reasons the lossless path can answer: rotation, and bytes a smaller coding might fix. */
const HANDLED = new Set(["orientation", "too_large"]);

export function prepareLossless(bytes: Uint8Array, source: SourceInfo, limits: PlanLimits): LosslessImage | null {
  if (source.mimeType !== "image/jpeg" || source.orientation === 1 || !source.width || !source.height) return null;
  if (!reencodeReasons(source, limits).every((r) => HANDLED.has(r))) return null;
  const fit = fitWithin(source.width, source.height, limits.maxSide, limits.maxCanvasPixels);
  if (fit.width !== source.width || fit.height !== source.height) return null;
  let result: ReturnType<typeof rotateJpeg>;
  try {
    // The browser path's quality steps (prepare-plan.ts), taken in the DCT domain if needed.
    const coarser = source.bytes > limits.maxBytes ? [0.82, 0.72] : [0.92, 0.82, 0.72];
    result = rotateJpeg(bytes, source.orientation, { maxBytes: limits.maxBytes, coarser });
  } catch {
    // A fault in this path must never cost the user the photo: the browser path still works.
    return null;
  }
  if (!result.ok) return null;
  const blob = new Blob([result.bytes as Uint8Array<ArrayBuffer>], { type: "image/jpeg" });
  return { blob, width: result.width, height: result.height };
}
