import sharp from "sharp";
import { afterEach, describe, expect, it, vi } from "vitest";
import { PrepareImageError, prepareImage } from "./prepare-image";
import { DEFAULT_PLAN_LIMITS } from "./prepare-plan";
import { jpegBytes, pngBytes, text, webpBytes } from "@/test/media-bytes";

/** Stand-ins for the browser APIs: encoded size grows with area and JPEG quality. */
function stubBrowser(decoded: { width: number; height: number }, bytesPerPixel: { png: number; jpeg: number }) {
  const encodes: Array<{ type: string; quality: number; width: number; height: number }> = [];
  class FakeCanvas {
    constructor(
      public width: number,
      public height: number,
    ) {}
    getContext() {
      return { fillRect() {}, drawImage() {}, transferFromImageBitmap() {}, fillStyle: "", imageSmoothingEnabled: true, imageSmoothingQuality: "low" };
    }
    async convertToBlob({ type, quality }: { type: string; quality: number }) {
      encodes.push({ type, quality, width: this.width, height: this.height });
      const perPixel = type === "image/png" ? bytesPerPixel.png : bytesPerPixel.jpeg * quality;
      return { size: Math.round(this.width * this.height * perPixel), type } as Blob;
    }
  }
  const bitmapOptions: unknown[] = [];
  const sources: unknown[] = [];
  vi.stubGlobal("OffscreenCanvas", FakeCanvas);
  vi.stubGlobal("createImageBitmap", async (source: unknown, options?: { resizeWidth?: number; resizeHeight?: number }) => {
    sources.push(source);
    bitmapOptions.push(options);
    const width = options?.resizeWidth ?? decoded.width;
    const height = options?.resizeHeight ?? decoded.height;
    return { width, height, close() {} };
  });
  return { encodes, bitmapOptions, sources };
}

async function sharpJpeg(width: number, height: number, opts: { orientation: number; progressive?: boolean; exif?: boolean }) {
  const px = Buffer.alloc(width * height * 3, 0).map((_, i) => (i * 37) % 251);
  let img = sharp(px, { raw: { width, height, channels: 3 } }).jpeg({ quality: 90, progressive: opts.progressive ?? false });
  if (opts.exif) img = img.withExif({ IFD0: { Copyright: "secret-owner" } });
  return new Uint8Array(await img.withMetadata({ orientation: opts.orientation }).toBuffer());
}

const file = (b: Uint8Array, type: string) => new Blob([b as Uint8Array<ArrayBuffer>], { type });

afterEach(() => vi.unstubAllGlobals());

describe("prepareImage", () => {
  it("refuses outside a browser", async () => {
    await expect(prepareImage(file(pngBytes(10, 10), "image/png"))).rejects.toMatchObject({ code: "no_browser" });
  });

  it("sends an upright in-limit PNG unchanged without decoding", async () => {
    const { bitmapOptions } = stubBrowser({ width: 1000, height: 600 }, { png: 1, jpeg: 1 });
    const r = await prepareImage(file(pngBytes(1000, 600), "image/png"));
    expect(r).toMatchObject({ mimeType: "image/png", width: 1000, height: 600, reencoded: false, attempts: 0 });
    expect(bitmapOptions).toHaveLength(0);
  });

  it("re-encodes an EXIF-rotated JPEG with the orientation applied", async () => {
    const { bitmapOptions, encodes } = stubBrowser({ width: 3000, height: 4000 }, { png: 3, jpeg: 0.3 });
    const r = await prepareImage(file(jpegBytes(4000, 3000, { orientation: 6 }), "image/jpeg"));
    expect(bitmapOptions[0]).toEqual({ imageOrientation: "from-image" });
    expect(r).toMatchObject({ mimeType: "image/jpeg", width: 3000, height: 4000, reencoded: true, attempts: 1 });
    expect(encodes[0]).toMatchObject({ type: "image/jpeg", quality: 0.92 });
  });

  it("decodes the attached file itself, and a typed copy when the file claims no type", async () => {
    const { sources } = stubBrowser({ width: 3000, height: 4000 }, { png: 3, jpeg: 0.3 });
    const photo = file(jpegBytes(4000, 3000, { orientation: 6 }), "image/jpeg");
    await prepareImage(photo);
    expect(sources[0]).toBe(photo);
    const untyped = file(jpegBytes(4000, 3000, { orientation: 6 }), "");
    await prepareImage(untyped);
    expect(sources[1]).not.toBe(untyped);
    expect((sources[1] as Blob).type).toBe("image/jpeg");
  });

  it("rotates an MCU-aligned EXIF-rotated JPEG losslessly, without the browser's decode and encode", async () => {
    const { bitmapOptions, encodes } = stubBrowser({ width: 48, height: 64 }, { png: 3, jpeg: 0.3 });
    const photo = await sharpJpeg(64, 48, { orientation: 6, exif: true });
    const r = await prepareImage(file(photo, "image/jpeg"));
    expect(bitmapOptions).toHaveLength(0);
    expect(encodes).toHaveLength(0);
    expect(r).toMatchObject({ mimeType: "image/jpeg", width: 48, height: 64, reencoded: true, attempts: 0 });
    const out = Buffer.from(await r.blob.arrayBuffer());
    expect(r.blob.type).toBe("image/jpeg");
    const meta = await sharp(out).metadata();
    expect([meta.width, meta.height, meta.orientation, meta.exif]).toEqual([48, 64, undefined, undefined]);
    expect(out.includes("secret-owner")).toBe(false);
  });

  it("rotates a JPEG whose moved edge is half an MCU in the DCT domain too (chroma shifted, luma exact)", async () => {
    const { bitmapOptions, encodes } = stubBrowser({ width: 40, height: 64 }, { png: 3, jpeg: 0.3 });
    // Height 40 is 2.5 MCUs of 16 px but 5 whole luma blocks, as Samsung's 3000 is 187.5 MCUs.
    const r = await prepareImage(file(await sharpJpeg(64, 40, { orientation: 6 }), "image/jpeg"));
    expect(bitmapOptions).toHaveLength(0);
    expect(encodes).toHaveLength(0);
    expect(r).toMatchObject({ mimeType: "image/jpeg", width: 40, height: 64, attempts: 0 });
    const meta = await sharp(Buffer.from(await r.blob.arrayBuffer())).metadata();
    expect([meta.width, meta.height, meta.orientation]).toEqual([40, 64, undefined]);
  });

  it("takes the browser path when the rotation cannot be lossless or the file is progressive", async () => {
    const { bitmapOptions } = stubBrowser({ width: 40, height: 64 }, { png: 3, jpeg: 0.3 });
    // Height 44 is 5.5 blocks of 8 px: orientation 6 would move a partial luma block to the left edge.
    await prepareImage(file(await sharpJpeg(64, 44, { orientation: 6 }), "image/jpeg"));
    await prepareImage(file(await sharpJpeg(64, 48, { orientation: 6, progressive: true }), "image/jpeg"));
    // Over the byte limit: a lossy step is needed, and the browser's is no slower (prepare-lossless.ts).
    const small = await sharpJpeg(64, 48, { orientation: 6 });
    await prepareImage(file(small, "image/jpeg"), { ...DEFAULT_PLAN_LIMITS, maxBytes: small.length - 1 });
    expect(bitmapOptions).toHaveLength(3);
    expect(bitmapOptions).toEqual(Array(3).fill({ imageOrientation: "from-image" }));
  });

  it("scales a 7000 px image to 6000 and steps down until under 5 MB", async () => {
    const { encodes } = stubBrowser({ width: 7000, height: 7000 }, { png: 3, jpeg: 0.4 });
    const r = await prepareImage(file(webpBytes("VP8X", 7000, 7000), "image/webp"));
    expect(encodes[0]).toMatchObject({ type: "image/png", width: 6000, height: 6000 });
    expect(encodes.map((e) => e.type)).toContain("image/jpeg");
    expect(r.mimeType).toBe("image/jpeg");
    expect(Math.max(r.width, r.height)).toBeLessThanOrEqual(6000);
    expect(r.blob.size).toBeLessThanOrEqual(5_000_000);
    expect(r.attempts).toBe(encodes.length);
  });

  it("refuses SVG, huge headers and undecodable files with plain reasons", async () => {
    stubBrowser({ width: 10, height: 10 }, { png: 1, jpeg: 1 });
    await expect(prepareImage(file(text("<svg></svg>"), "image/png"))).rejects.toThrow(/SVG images are not supported/);
    await expect(prepareImage(file(pngBytes(20000, 20000), "image/png"))).rejects.toMatchObject({ code: "too_many_pixels" });
    vi.stubGlobal("createImageBitmap", async () => {
      throw new Error("bad");
    });
    const err = await prepareImage(file(webpBytes("VP8 ", 10, 10), "image/webp")).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(PrepareImageError);
    expect((err as PrepareImageError).code).toBe("decode_failed");
  });
});
