import { describe, expect, it } from "vitest";
import { DEFAULT_MAX_VIDEO_BYTES, MAX_IMAGE_BYTES } from "./limits";
import { validateAttachmentBytes, validateAttachmentSet } from "./validate";
import { ebmlBytes, ftypBytes, gifBytes, jpegBytes, pngBytes, text, webpBytes } from "@/test/media-bytes";

const padded = (head: Uint8Array, size: number, tail: number[] = []) => {
  const out = new Uint8Array(size);
  out.set(head.subarray(0, head.length - tail.length));
  out.set(tail, size - tail.length);
  return out;
};

describe("validateAttachmentBytes", () => {
  it("accepts a prepared png with its size", () => {
    expect(validateAttachmentBytes(pngBytes(1000, 600), { stage: "prepared", claimedType: "image/png" })).toEqual({
      ok: true, kind: "image", mimeType: "image/png", width: 1000, height: 600,
    });
  });

  it("refuses an SVG renamed .png with the SVG reason", () => {
    const r = validateAttachmentBytes(text("<svg xmlns='http://www.w3.org/2000/svg'/>"), { stage: "raw", claimedType: "image/png" });
    expect(r).toMatchObject({ ok: false, code: "unsupported_type", status: 400 });
    expect(!r.ok && r.reason).toMatch(/^SVG images are not supported/);
  });

  it("refuses bytes that do not match the claimed type, tolerating aliases and generic claims", () => {
    expect(validateAttachmentBytes(jpegBytes(10, 10), { stage: "raw", claimedType: "image/png" })).toMatchObject({
      ok: false, code: "type_mismatch",
    });
    expect(validateAttachmentBytes(jpegBytes(10, 10), { stage: "raw", claimedType: "image/jpg" }).ok).toBe(true);
    expect(validateAttachmentBytes(ebmlBytes("matroska"), { stage: "raw", claimedType: "" }).ok).toBe(true);
    expect(validateAttachmentBytes(ebmlBytes("matroska"), { stage: "raw", claimedType: "application/octet-stream" }).ok).toBe(true);
  });

  it("refuses truncated and empty files", () => {
    expect(validateAttachmentBytes(pngBytes(10, 10, false), { stage: "raw" })).toMatchObject({ ok: false, code: "truncated" });
    expect(validateAttachmentBytes(new Uint8Array(), { stage: "raw" })).toMatchObject({ ok: false, reason: "The file is empty." });
  });

  it("refuses images over 100 megapixels before decoding, at either stage", () => {
    const r = validateAttachmentBytes(webpBytes("VP8X", 12000, 9000), { stage: "raw" });
    expect(r).toMatchObject({ ok: false, code: "too_many_pixels", status: 413 });
    expect(!r.ok && r.reason).toMatch(/12000 x 9000 \(108 megapixels\)/);
    expect(validateAttachmentBytes(pngBytes(10_001, 10_000), { stage: "prepared" })).toMatchObject({ code: "too_many_pixels" });
  });

  it("accepts gif/webp raw but requires png/jpeg once prepared", () => {
    expect(validateAttachmentBytes(gifBytes(10, 10), { stage: "raw" }).ok).toBe(true);
    expect(validateAttachmentBytes(gifBytes(10, 10), { stage: "prepared" })).toMatchObject({ ok: false, code: "unsupported_type" });
  });

  it("enforces the upstream side and byte limits on prepared images", () => {
    expect(validateAttachmentBytes(pngBytes(7000, 100), { stage: "prepared" })).toMatchObject({ code: "too_wide", status: 413 });
    expect(validateAttachmentBytes(pngBytes(7000, 100), { stage: "raw" }).ok).toBe(true);
    const big = padded(jpegBytes(100, 100), MAX_IMAGE_BYTES + 1, [0xff, 0xd9]);
    expect(validateAttachmentBytes(big, { stage: "prepared" })).toMatchObject({ code: "too_large", status: 413 });
    expect(validateAttachmentBytes(big, { stage: "raw" }).ok).toBe(true);
  });

  it("caps video size with the cap in the message, and refuses webm", () => {
    const mp4 = padded(ftypBytes("isom", ["mp41"]), DEFAULT_MAX_VIDEO_BYTES + 1);
    const r = validateAttachmentBytes(mp4, { stage: "prepared" });
    expect(r).toMatchObject({ ok: false, code: "too_large", status: 413 });
    expect(!r.ok && r.reason).toMatch(/over the 50 MB limit/);
    expect(validateAttachmentBytes(mp4, { stage: "prepared", maxVideoBytes: 200 * 1024 * 1024 }).ok).toBe(true);
    expect(validateAttachmentBytes(ebmlBytes("webm"), { stage: "raw" })).toMatchObject({ ok: false, code: "unsupported_type" });
  });
});

describe("validateAttachmentSet", () => {
  const img = { kind: "image" as const };
  const vid = { kind: "video" as const };
  it("enforces counts, single video, no mixing and text-only models", () => {
    expect(validateAttachmentSet([img, img], { maxImages: 2 })).toEqual({ ok: true });
    expect(validateAttachmentSet([img, img, img], { maxImages: 2, modelName: "GLM-4.5V" })).toMatchObject({
      ok: false, code: "too_many", reason: "GLM-4.5V takes at most 2 images per message (you attached 3).",
    });
    expect(validateAttachmentSet([vid, vid])).toMatchObject({ ok: false, code: "too_many" });
    expect(validateAttachmentSet([img, vid])).toMatchObject({ ok: false, code: "mixed" });
    expect(validateAttachmentSet([img], { maxImages: 0, modelName: "GLM-4.6" })).toMatchObject({ ok: false, reason: expect.stringMatching(/text only/) });
    expect(validateAttachmentSet([], { maxImages: 0 })).toEqual({ ok: true });
  });
});
