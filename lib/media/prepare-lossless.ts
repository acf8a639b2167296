/**
 * The fast path for the commonest photo that must change: a phone JPEG tagged with an EXIF
 * rotation, already within the upstream's limits. Rotating its DCT blocks (jpeg-lossless)
 * skips the browser's decode, rotated draw and encode (~435 ms of CPU for 12 MP) and keeps the
 * photo's own quality (luma exactly; chroma requantised once when a moved edge is half an MCU,
 * as Samsung's 4000 x 3000 is: still closer to the source than the browser's re-encode). Anything
 * else gives null: the caller takes the browser path, so a photo is never prepared worse than
 * before, and damaged files get the same error.
 */
import { rotateJpeg } from "./jpeg-lossless";
import { fitWithin, reencodeReasons, type PlanLimits, type SourceInfo } from "./prepare-plan";

export interface LosslessImage {
  blob: Blob;
  width: number;
  height: number;
}

export function prepareLossless(bytes: Uint8Array, source: SourceInfo, limits: PlanLimits): LosslessImage | null {
  if (source.mimeType !== "image/jpeg" || source.orientation === 1 || !source.width || !source.height) return null;
  // A source over the byte limit needs a lossy step anyway. Done in the DCT domain (requantise)
  // it cost as much CPU as the browser's decode + draw + encode for 24 MP (~785 ms in the
  // worker against ~700 across the browser's threads) and was 1.5x slower in wall time under
  // load, being single-threaded: the browser path keeps these.
  if (source.bytes > limits.maxBytes) return null;
  if (!reencodeReasons(source, limits).every((r) => r === "orientation")) return null;
  const fit = fitWithin(source.width, source.height, limits.maxSide, limits.maxCanvasPixels);
  if (fit.width !== source.width || fit.height !== source.height) return null;
  let result: ReturnType<typeof rotateJpeg>;
  try {
    // Rarely needed (the result is about the source's size less its EXIF): the browser path's
    // quality steps (prepare-plan.ts), taken in the DCT domain rather than throwing the work away.
    const coarser = [0.92, 0.82, 0.72];
    result = rotateJpeg(bytes, source.orientation, { maxBytes: limits.maxBytes, coarser });
  } catch {
    // A fault in this path must never cost the user the photo: the browser path still works.
    return null;
  }
  if (!result.ok) return null;
  const blob = new Blob([result.bytes as Uint8Array<ArrayBuffer>], { type: "image/jpeg" });
  return { blob, width: result.width, height: result.height };
}
