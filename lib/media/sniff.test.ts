import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { detectTruncation, readImageSize, readJpegOrientation, sniffMedia } from "./sniff";
import { bmpBytes, bytes, ebmlBytes, ftypBytes, gifBytes, ispeBox, jpegBytes, pngBytes, text, webpBytes } from "@/test/media-bytes";

const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../../e2e/fixtures/${name}`, import.meta.url)));

describe("sniffMedia", () => {
  it.each([
    ["png", pngBytes(10, 10), "image", "image/png"],
    ["jpeg", jpegBytes(10, 10), "image", "image/jpeg"],
    ["gif", gifBytes(10, 10), "image", "image/gif"],
    ["webp", webpBytes("VP8 ", 10, 10), "image", "image/webp"],
    ["bmp", bmpBytes(10, 10), "image", "image/bmp"],
    ["avif", ftypBytes("avif", ["mif1", "miaf"]), "image", "image/avif"],
    ["avif via compatible brand", ftypBytes("mif1", ["avif"]), "image", "image/avif"],
    ["heic", ftypBytes("heic", ["mif1"]), "image", "image/heic"],
    ["mp4", ftypBytes("isom", ["iso2", "avc1", "mp41"]), "video", "video/mp4"],
    ["mov", ftypBytes("qt  "), "video", "video/quicktime"],
    ["mkv", ebmlBytes("matroska"), "video", "video/x-matroska"],
    ["webm", ebmlBytes("webm"), "video", "video/webm"],
  ])("detects %s", (_name, input, kind, mimeType) => {
    expect(sniffMedia(input)).toEqual({ ok: true, kind, mimeType });
  });

  it("detects the real fixtures", () => {
    expect(sniffMedia(fixture("shapes.png"))).toMatchObject({ ok: true, mimeType: "image/png" });
    expect(sniffMedia(fixture("clip.mp4"))).toMatchObject({ ok: true, kind: "video", mimeType: "video/mp4" });
  });

  it.each([
    ["svg", '<svg xmlns="http://www.w3.org/2000/svg"></svg>', "svg", /SVG images are not supported/],
    ["svg with xml prolog and BOM", '\uFEFF  <?xml version="1.0"?>\n<!-- x -->\n<svg></svg>', "svg", /SVG/],
    ["html", "<!DOCTYPE html><html><body>hi</body></html>", "html", /HTML page/],
    ["html without doctype", "\n <html lang=en>", "html", /HTML/],
    ["text", "just some notes\nline two", "text", /text/],
    ["pdf", "%PDF-1.7\n", "pdf", /PDF/],
  ])("refuses %s with a clear reason", (_name, content, code, reason) => {
    const r = sniffMedia(text(content));
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.code).toBe(code);
      expect(r.reason).toMatch(reason);
    }
  });

  it("refuses empty, audio and unknown binaries", () => {
    expect(sniffMedia(new Uint8Array())).toMatchObject({ ok: false, code: "empty" });
    expect(sniffMedia(ftypBytes("M4A "))).toMatchObject({ ok: false, code: "audio" });
    expect(sniffMedia(bytes([0, 1, 2, 3, 0, 255, 254]))).toMatchObject({ ok: false, code: "unknown" });
  });
});

describe("readImageSize", () => {
  it("reads png, jpeg (baseline and progressive), gif, bmp, webp (all three), avif", () => {
    expect(readImageSize(pngBytes(1000, 600))).toEqual({ width: 1000, height: 600 });
    expect(readImageSize(jpegBytes(4000, 3000, { orientation: 6 }))).toEqual({ width: 4000, height: 3000 });
    expect(readImageSize(jpegBytes(640, 480, { progressive: true }))).toEqual({ width: 640, height: 480 });
    expect(readImageSize(gifBytes(320, 200))).toEqual({ width: 320, height: 200 });
    expect(readImageSize(bmpBytes(800, -600))).toEqual({ width: 800, height: 600 });
    expect(readImageSize(webpBytes("VP8 ", 1024, 768))).toEqual({ width: 1024, height: 768 });
    expect(readImageSize(webpBytes("VP8L", 16383, 9))).toEqual({ width: 16383, height: 9 });
    expect(readImageSize(webpBytes("VP8X", 16_000_000, 20))).toEqual({ width: 16_000_000, height: 20 });
    expect(readImageSize(ftypBytes("avif", ["mif1"], ispeBox(12000, 9000)), "image/avif")).toEqual({ width: 12000, height: 9000 });
  });

  it("reads the real fixtures", () => {
    expect(readImageSize(fixture("shapes.png"))).toEqual({ width: 1000, height: 600 });
    expect(readImageSize(fixture("gui-settings.png"))).toEqual({ width: 1280, height: 800 });
  });

  it("returns null for garbage and short headers instead of throwing", () => {
    expect(readImageSize(bytes([0x89, 0x50, 0x4e]))).toBeNull();
    expect(readImageSize(bytes([0xff, 0xd8, 0xff, 0xe0, 0xff, 0xff]))).toBeNull();
    expect(readImageSize(new Uint8Array(100), "image/jpeg")).toBeNull();
    expect(readImageSize(pngBytes(0, 10))).toBeNull();
  });
});

describe("readJpegOrientation", () => {
  it("reads little- and big-endian EXIF, defaults to 1", () => {
    expect(readJpegOrientation(jpegBytes(10, 10, { orientation: 6 }))).toBe(6);
    expect(readJpegOrientation(jpegBytes(10, 10, { orientation: 8, bigEndian: true }))).toBe(8);
    expect(readJpegOrientation(jpegBytes(10, 10))).toBe(1);
    expect(readJpegOrientation(jpegBytes(10, 10, { orientation: 42 }))).toBe(1);
  });
});

describe("detectTruncation", () => {
  it("flags png without IEND and jpeg without EOI", () => {
    expect(detectTruncation(pngBytes(10, 10), "image/png")).toBeNull();
    expect(detectTruncation(pngBytes(10, 10, false), "image/png")).toMatch(/cut short/);
    // Cut inside a chunk: its length points past the end.
    expect(detectTruncation(pngBytes(10, 10).subarray(0, 40), "image/png")).toMatch(/cut short/);
    // Bytes after IEND (some tools append data) are ignored, as decoders ignore them.
    expect(detectTruncation(new Uint8Array([...pngBytes(10, 10), ...new Uint8Array(100).fill(7)]), "image/png")).toBeNull();
    expect(detectTruncation(fixture("shapes.png"), "image/png")).toBeNull();
    expect(detectTruncation(jpegBytes(10, 10, { orientation: 1 }), "image/jpeg")).toBeNull();
    // The EXIF block holds an FFD9 (a thumbnail's end): it must not count as the image's end.
    expect(detectTruncation(jpegBytes(10, 10, { orientation: 6, complete: false }), "image/jpeg")).toMatch(/cut short/);
  });

  it("accepts jpeg with trailing data after EOI, flags short webp/bmp", () => {
    const j = jpegBytes(10, 10);
    expect(detectTruncation(new Uint8Array([...j, 1, 2, 3]), "image/jpeg")).toBeNull();
    expect(detectTruncation(webpBytes("VP8 ", 10, 10).subarray(0, 28), "image/webp")).toMatch(/cut short/);
    expect(detectTruncation(bmpBytes(10, 10, 5000), "image/bmp")).toMatch(/cut short/);
    expect(detectTruncation(fixture("clip.mp4"), "video/mp4")).toBeNull();
  });
});
