import { readFileSync } from "node:fs";
import { join } from "node:path";
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { rotateJpeg } from "./index";
import { orientationOf } from "./orient";
import { parseJpeg } from "./parse";

const FIXTURES = join(__dirname, "../../../test/fixtures/jpeg");
const fixture = (name: string) => new Uint8Array(readFileSync(join(FIXTURES, name)));

/** A textured picture: a wrong sign or a misplaced block shows as a large difference. */
function picture(width: number, height: number): Buffer {
  const px = Buffer.alloc(width * height * 3);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 3;
      px[i] = (x * 7 + ((x * y) % 23) * 3) & 255;
      px[i + 1] = (y * 9 + 40 * Math.sin(x / 5)) & 255;
      px[i + 2] = ((x + 2 * y) * 5) & 255;
    }
  }
  return px;
}

async function jpeg(width: number, height: number, chromaSubsampling: "4:2:0" | "4:4:4", orientation?: number, quality = 90) {
  const img = sharp(picture(width, height), { raw: { width, height, channels: 3 } }).jpeg({ quality, chromaSubsampling });
  return new Uint8Array(await (orientation ? img.withMetadata({ orientation }) : img).toBuffer());
}

async function pixels(bytes: Uint8Array) {
  const { data, info } = await sharp(bytes).raw().toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height, channels: info.channels };
}

/** The stored pixels turned upright by the EXIF rule itself, independent of any codec. */
function upright(src: Awaited<ReturnType<typeof pixels>>, exif: number) {
  const o = orientationOf(exif)!;
  const width = o.transpose ? src.height : src.width;
  const height = o.transpose ? src.width : src.height;
  const data = Buffer.alloc(src.data.length);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const a = o.transpose ? y : x;
      const b = o.transpose ? x : y;
      const sx = o.flipX ? src.width - 1 - a : a;
      const sy = o.flipY ? src.height - 1 - b : b;
      for (let c = 0; c < src.channels; c++) data[(y * width + x) * src.channels + c] = src.data[(sy * src.width + sx) * src.channels + c];
    }
  }
  return { data, width, height };
}

/** Smooth gradients with mild noise, as the bench's photo: what a camera's chroma looks like. */
function photoLike(width: number, height: number): Buffer {
  const px = Buffer.alloc(width * height * 3);
  let s = 12345;
  for (let p = 0; p < width * height; p++) {
    s = (s * 1103515245 + 12345) >>> 0;
    const n = (s >>> 28) - 8;
    const x = p % width;
    const y = (p / width) | 0;
    px[p * 3] = 128 + 100 * Math.sin(x / 15) + n;
    px[p * 3 + 1] = 128 + 90 * Math.cos(y / 11) + n;
    px[p * 3 + 2] = 128 + 60 * Math.sin((x + y) / 9) + n;
  }
  return px;
}

function difference(a: Buffer, b: Buffer) {
  let max = 0;
  let sum = 0;
  for (let i = 0; i < a.length; i++) {
    const d = Math.abs(a[i] - b[i]);
    max = Math.max(max, d);
    sum += d;
  }
  return { max, mean: sum / a.length };
}

/** Same pixels within IDCT and chroma-upsampling rounding (a misplaced block differs by tens). */
async function expectRotated(source: Uint8Array, exif: number, tolerance = { max: 8, mean: 1 }) {
  const result = rotateJpeg(source, exif);
  if (!result.ok) throw new Error(result.reason);
  const want = upright(await pixels(source), exif);
  const got = await pixels(result.bytes);
  expect([got.width, got.height, result.width, result.height]).toEqual([want.width, want.height, want.width, want.height]);
  const { max, mean } = difference(want.data, got.data);
  expect(max).toBeLessThanOrEqual(tolerance.max);
  expect(mean).toBeLessThan(tolerance.mean);
}

const ORIENTATIONS = [2, 3, 4, 5, 6, 7, 8];

describe("lossless JPEG rotation", () => {
  for (const sub of ["4:2:0", "4:4:4"] as const) {
    it.each(ORIENTATIONS)(`turns a ${sub} JPEG upright for orientation %i`, async (exif) => {
      await expectRotated(await jpeg(64, 48, sub), exif);
    });
  }

  for (const name of ["s422.jpg", "s422-restart.jpg", "s420-restart.jpg", "s444-restart.jpg", "gray-restart.jpg"]) {
    it.each(ORIENTATIONS)(`turns ${name} upright for orientation %i`, async (exif) => {
      await expectRotated(fixture(name), exif);
    });
  }

  it("a wrong result would be caught: the unrotated pixels differ from the upright ones", async () => {
    const source = await jpeg(64, 48, "4:4:4");
    const want = upright(await pixels(source), 3);
    const same = await pixels(source);
    let sum = 0;
    for (let i = 0; i < want.data.length; i++) sum += Math.abs(want.data[i] - same.data[i]);
    expect(sum / want.data.length).toBeGreaterThan(10);
  });

  it("swaps the sampling factors and dimensions for a quarter turn", async () => {
    const result = rotateJpeg(fixture("s422.jpg"), 6);
    if (!result.ok) throw new Error(result.reason);
    const before = parseJpeg(fixture("s422.jpg"));
    const after = parseJpeg(result.bytes);
    expect(before.components.map((c) => [c.h, c.v])).toEqual([[2, 1], [1, 1], [1, 1]]);
    expect(after.components.map((c) => [c.h, c.v])).toEqual([[1, 2], [1, 1], [1, 1]]);
    expect([after.width, after.height]).toEqual([32, 48]);
  });

  it("declines orientation 1 and unknown values", () => {
    expect(rotateJpeg(fixture("s422.jpg"), 1).ok).toBe(false);
    expect(rotateJpeg(fixture("s422.jpg"), 9).ok).toBe(false);
  });

  it("declines when the edge that moves to the top is not a whole number of luma blocks", async () => {
    // Height 44 is 5.5 blocks of 8: luma itself would have to shift by part of a block.
    const source = await jpeg(64, 44, "4:4:4");
    expect(rotateJpeg(source, 6)).toEqual({ ok: false, reason: "a moved edge is not a whole number of luma blocks" });
    expect(rotateJpeg(source, 4).ok).toBe(false);
    // Orientation 2 only moves the (aligned) right edge.
    await expectRotated(source, 2);
  });

  // 4:2:0 MCUs are 16 x 16: height 40 is 2.5 MCUs but 5 whole luma blocks, so luma moves
  // losslessly and only chroma shifts by half a block (shift.ts). From a quality-100 source
  // (steps of 1) the shift's own rounding is all that differs: a misplaced or mis-shifted plane
  // would differ by tens. Width 72 is 4.5 MCUs: orientations that flip the width shift too.
  it.each(ORIENTATIONS)("turns a 4:2:0 JPEG whose moved edge is half an MCU upright for orientation %i", async (exif) => {
    const source = await jpeg(72, 40, "4:2:0", undefined, 100);
    const result = rotateJpeg(source, exif);
    if (!result.ok) throw new Error(result.reason);
    // Orientation 5 (a transpose) flips no edge: nothing shifts, the result is exact.
    expect(result.exact).toBe(exif === 5);
    await expectRotated(source, exif, { max: 4, mean: 0.5 });
  });

  // cjpeg -quality 100 -sample HxV -restart 3, 72 x 40: every sampling a camera writes (4:2:2,
  // 4:4:0, 4:1:1, 4:2:0), each with half- or quarter-MCU edges and restart markers.
  for (const sampling of ["2x1", "1x2", "4x1", "2x2"]) {
    it.each(ORIENTATIONS)(`turns a ${sampling}-sampled JPEG with partial-MCU edges upright for orientation %i`, async (exif) => {
      await expectRotated(fixture(`h${sampling}-72x40-q100.jpg`), exif, { max: 4, mean: 0.6 });
    });
  }

  it("shifting chroma costs less than the browser path's re-encode on a photo-like picture", async () => {
    const width = 320;
    const height = 232; // 14.5 MCUs: Samsung's 3000 in small
    const source = new Uint8Array(await sharp(photoLike(width, height), { raw: { width, height, channels: 3 } }).jpeg({ quality: 92 }).toBuffer());
    const result = rotateJpeg(source, 6);
    if (!result.ok) throw new Error(result.reason);
    expect(result.exact).toBe(false);
    const want = upright(await pixels(source), 6);
    const ours = difference(want.data, (await pixels(result.bytes)).data);
    // What the browser path does instead: decode, turn, encode at 0.92 (4:2:0).
    const reencoded = await sharp(want.data, { raw: { width: want.width, height: want.height, channels: 3 } }).jpeg({ quality: 92 }).toBuffer();
    const browser = difference(want.data, (await pixels(reencoded)).data);
    console.info(`chroma shift: max ${ours.max}, mean ${ours.mean.toFixed(3)}; re-encode at 0.92: max ${browser.max}, mean ${browser.mean.toFixed(3)}`);
    expect(ours.mean).toBeLessThan(browser.mean);
    expect(ours.mean).toBeLessThan(1);
    expect(ours.max).toBeLessThanOrEqual(browser.max);
  });

  it("declines a progressive JPEG", async () => {
    const img = sharp(picture(64, 48), { raw: { width: 64, height: 48, channels: 3 } });
    const source = new Uint8Array(await img.jpeg({ progressive: true }).toBuffer());
    expect(rotateJpeg(source, 6)).toMatchObject({ ok: false, reason: expect.stringContaining("progressive") });
  });

  it("declines a truncated or damaged file instead of guessing", async () => {
    const source = await jpeg(64, 48, "4:2:0", 6);
    expect(rotateJpeg(source.subarray(0, source.length - 200), 6).ok).toBe(false);
    expect(rotateJpeg(source.subarray(0, 300), 6).ok).toBe(false);
    expect(rotateJpeg(new Uint8Array([0xff, 0xd8, 0xff]), 6).ok).toBe(false);
  });

  it("keeps the ICC profile and drops EXIF (GPS) and every other APPn", async () => {
    const img = sharp(picture(64, 48), { raw: { width: 64, height: 48, channels: 3 } })
      .jpeg({ quality: 90 })
      .withIccProfile("p3")
      .withExif({ IFD0: { Copyright: "secret-owner" }, IFD3: { GPSLatitudeRef: "N", GPSLatitude: "51/1 30/1 0/1" } });
    const source = new Uint8Array(await img.toBuffer());
    const before = await sharp(source).metadata();
    expect(before.exif).toBeDefined();
    expect(Buffer.from(source).includes("secret-owner")).toBe(true);
    const result = rotateJpeg(source, 6);
    if (!result.ok) throw new Error(result.reason);
    const after = await sharp(result.bytes).metadata();
    expect(after.exif).toBeUndefined();
    expect(Buffer.from(result.bytes).includes("secret-owner")).toBe(false);
    expect(Buffer.from(result.bytes).includes("Exif")).toBe(false);
    expect(after.icc).toEqual(before.icc);
    expect(after.orientation).toBeUndefined();
  });

  it("declines when the result would be over the byte limit", async () => {
    const source = await jpeg(64, 48, "4:2:0");
    expect(rotateJpeg(source, 6, { maxBytes: 100 })).toEqual({ ok: false, reason: "over the byte limit" });
  });

  it("standard and the source's own tables give the same pixels as optimal ones, in files a little larger", async () => {
    const source = await jpeg(64, 48, "4:2:0");
    const optimal = rotateJpeg(source, 8, { tables: "optimal" });
    const standard = rotateJpeg(source, 8, { tables: "standard" });
    const own = rotateJpeg(source, 8);
    if (!optimal.ok || !standard.ok || !own.ok) throw new Error("declined");
    const want = (await pixels(optimal.bytes)).data;
    expect((await pixels(standard.bytes)).data.equals(want)).toBe(true);
    expect((await pixels(own.bytes)).data.equals(want)).toBe(true);
    expect(standard.bytes.length).toBeGreaterThan(optimal.bytes.length);
    expect(own.bytes.length).toBeGreaterThanOrEqual(optimal.bytes.length);
  });
});
