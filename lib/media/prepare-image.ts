/**
 * Browser-only: turns a user's image into exactly what is sent upstream and kept in the
 * message (so boxes are drawn on what the model saw). Checks bytes and header size before
 * decoding, applies EXIF orientation (losslessly for aligned baseline JPEGs, see
 * prepare-lossless.ts), converts to png/jpeg, and shrinks step by step.
 */
import { MAX_IMAGE_PIXELS } from "./limits";
import {
  DEFAULT_PLAN_LIMITS,
  firstEncodeStep,
  nextEncodeStep,
  reencodeReasons,
  type EncodeStep,
  type OutputType,
  type PlanLimits,
} from "./prepare-plan";
import { readImageSize, readJpegOrientation } from "./sniff";
import { validateAttachmentBytes } from "./validate";

export interface PreparedImage {
  blob: Blob;
  mimeType: OutputType;
  width: number;
  height: number;
  /** False when the original bytes were sent unchanged. */
  reencoded: boolean;
  /** Encode attempts made (0 when unchanged or rotated losslessly). */
  attempts: number;
}

/** A refusal with a sentence for the user. */
export class PrepareImageError extends Error {
  constructor(
    message: string,
    readonly code: string,
  ) {
    super(message);
    this.name = "PrepareImageError";
  }
}

type AnyCanvas = OffscreenCanvas | HTMLCanvasElement;

function makeCanvas(width: number, height: number): AnyCanvas {
  if (typeof OffscreenCanvas !== "undefined") return new OffscreenCanvas(width, height);
  const canvas = document.createElement("canvas");
  canvas.width = width;
  canvas.height = height;
  return canvas;
}

async function encode(canvas: AnyCanvas, type: OutputType, quality: number): Promise<Blob> {
  if ("convertToBlob" in canvas) return canvas.convertToBlob({ type, quality });
  return new Promise((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new PrepareImageError("The browser could not encode the image.", "encode_failed"))), type, quality),
  );
}

function draw(bitmap: ImageBitmap, step: EncodeStep): AnyCanvas {
  const canvas = makeCanvas(step.width, step.height);
  const ctx = canvas.getContext("2d") as CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D | null;
  if (!ctx) throw new PrepareImageError("The browser could not create a canvas for this image (too large?).", "canvas_failed");
  if (step.mimeType === "image/jpeg") {
    // JPEG has no alpha: transparent pixels would turn black.
    ctx.fillStyle = "#ffffff";
    ctx.fillRect(0, 0, step.width, step.height);
  }
  ctx.imageSmoothingEnabled = true;
  ctx.imageSmoothingQuality = "high";
  ctx.drawImage(bitmap, 0, 0, step.width, step.height);
  return canvas;
}

/**
 * The fast path hands the decoded pixels to the canvas without a 2D draw (which costs ~200 ms
 * for 12 MP in software), resizing inside createImageBitmap. Only sources that may carry alpha
 * and are going to JPEG need the 2D path, to flatten transparency onto white, and so do rotated
 * photos: Chromium keeps EXIF rotation as a flag on the bitmap that a copy does not carry.
 */
async function render(bitmap: ImageBitmap, step: EncodeStep, opaqueSource: boolean, upright: boolean): Promise<AnyCanvas> {
  const fast = typeof OffscreenCanvas !== "undefined" && upright && (opaqueSource || step.mimeType === "image/png");
  if (!fast) return draw(bitmap, step);
  const sameSize = step.width === bitmap.width && step.height === bitmap.height;
  const copy = sameSize
    ? await createImageBitmap(bitmap)
    : await createImageBitmap(bitmap, { resizeWidth: step.width, resizeHeight: step.height, resizeQuality: "high" });
  const canvas = new OffscreenCanvas(step.width, step.height);
  const ctx = canvas.getContext("bitmaprenderer");
  if (!ctx) {
    copy.close();
    return draw(bitmap, step);
  }
  ctx.transferFromImageBitmap(copy);
  return canvas;
}

/**
 * Loaded on the first rotated photo: the codec (~7 KB gzipped) stays out of the page's first
 * load. If the chunk cannot load, the browser path does the work as before.
 */
async function losslessRotation(...args: Parameters<typeof import("./prepare-lossless").prepareLossless>) {
  try {
    const { prepareLossless } = await import("./prepare-lossless");
    return prepareLossless(...args);
  } catch {
    return null;
  }
}

export async function prepareImage(blob: Blob, limits: PlanLimits = DEFAULT_PLAN_LIMITS): Promise<PreparedImage> {
  if (typeof createImageBitmap === "undefined") {
    throw new PrepareImageError("Images can only be prepared in a browser.", "no_browser");
  }
  const bytes = new Uint8Array(await blob.arrayBuffer());
  const check = validateAttachmentBytes(bytes, { stage: "raw", claimedType: blob.type });
  if (!check.ok) throw new PrepareImageError(check.reason, check.code);
  if (check.kind !== "image") throw new PrepareImageError("This is a video, not an image.", "not_image");

  const mimeType = check.mimeType;
  const size = readImageSize(bytes, mimeType);
  const orientation = mimeType === "image/jpeg" ? readJpegOrientation(bytes) : 1;
  const reasons = reencodeReasons({ mimeType, bytes: bytes.length, width: size?.width, height: size?.height, orientation }, limits);
  if (reasons.length === 0 && size) {
    return { blob: new Blob([bytes], { type: mimeType }), mimeType: mimeType as OutputType, width: size.width, height: size.height, reencoded: false, attempts: 0 };
  }
  if (orientation !== 1) {
    const lossless = await losslessRotation(bytes, { mimeType, bytes: bytes.length, width: size?.width, height: size?.height, orientation }, limits);
    if (lossless) return { ...lossless, mimeType: "image/jpeg", reencoded: true, attempts: 0 };
  }

  let bitmap: ImageBitmap;
  try {
    // The file itself when it is what it claims: a new Blob of the same bytes would first be
    // copied to the browser process and read back from it (~3-5 MB each way for a photo).
    const source = blob.type === mimeType ? blob : new Blob([bytes], { type: mimeType });
    bitmap = await createImageBitmap(source, { imageOrientation: "from-image" });
  } catch {
    throw new PrepareImageError(
      mimeType === "image/heic"
        ? "This browser cannot open HEIC images: export the photo as JPEG and attach that."
        : "The image could not be decoded: the file may be damaged.",
      "decode_failed",
    );
  }
  try {
    if (bitmap.width * bitmap.height > MAX_IMAGE_PIXELS) {
      throw new PrepareImageError("The image is over the 100 megapixel limit. Scale it down first.", "too_many_pixels");
    }
    let step: EncodeStep | null = firstEncodeStep(mimeType, bitmap.width, bitmap.height, bytes.length, limits);
    for (let attempts = 1; step; attempts++) {
      const out = await encode(await render(bitmap, step, mimeType === "image/jpeg", orientation === 1), step.mimeType, step.quality);
      if (out.size <= limits.maxBytes) {
        return { blob: out, mimeType: step.mimeType, width: step.width, height: step.height, reencoded: true, attempts };
      }
      step = nextEncodeStep(step, out.size, limits);
    }
    throw new PrepareImageError("The image could not be made small enough to send.", "too_large");
  } finally {
    bitmap.close();
  }
}
