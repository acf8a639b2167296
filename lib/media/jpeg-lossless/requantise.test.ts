import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { rotateJpeg } from "./index";
import { parseJpeg } from "./parse";
import { coarserTable, standardTable } from "./requantise";

/** A noisy picture: fine detail is what a coarser quantisation removes. */
async function noisyJpeg(width: number, height: number) {
  const px = Buffer.alloc(width * height * 3);
  let s = 7;
  for (let i = 0; i < px.length; i++) {
    s = (s * 1103515245 + 12345) >>> 0;
    px[i] = (((i / 3) % width) * 2 + (s >>> 27)) & 255;
  }
  return new Uint8Array(await sharp(px, { raw: { width, height, channels: 3 } }).jpeg({ quality: 98 }).toBuffer());
}

describe("DCT-domain requantisation", () => {
  it("builds libjpeg's tables: quality 0.5 is Annex K itself, 1.0 is all ones", () => {
    expect([...standardTable(false, 0.5).slice(0, 3)]).toEqual([16, 11, 12]);
    expect([...standardTable(true, 0.5).slice(0, 3)]).toEqual([17, 18, 18]);
    expect(new Set(standardTable(false, 1))).toEqual(new Set([1]));
  });

  it("never makes a step finer than the source's", () => {
    const source = Uint16Array.from({ length: 64 }, (_, k) => (k % 2 ? 200 : 1));
    const coarse = coarserTable(source, false, 0.82);
    for (let k = 0; k < 64; k++) expect(coarse[k]).toBe(Math.max(source[k], standardTable(false, 0.82)[k]));
  });

  it("steps down the quality until the rotated file fits, keeping the picture", async () => {
    const source = await noisyJpeg(128, 96);
    const exact = rotateJpeg(source, 6);
    if (!exact.ok) throw new Error(exact.reason);
    const limit = Math.floor(exact.bytes.length * 0.7);
    expect(rotateJpeg(source, 6, { maxBytes: limit })).toEqual({ ok: false, reason: "over the byte limit" });
    const fitted = rotateJpeg(source, 6, { maxBytes: limit, coarser: [0.92, 0.82, 0.72] });
    if (!fitted.ok) throw new Error(fitted.reason);
    expect(fitted.bytes.length).toBeLessThanOrEqual(limit);
    expect(fitted.quality).toBeDefined();
    const q = parseJpeg(fitted.bytes).quant[0]!;
    expect(q[0]).toBeGreaterThan(parseJpeg(source).quant[0]![0]);
    const want = await sharp(exact.bytes).raw().toBuffer();
    const got = await sharp(fitted.bytes).raw().toBuffer();
    let sum = 0;
    for (let i = 0; i < want.length; i++) sum += Math.abs(want[i] - got[i]);
    expect(sum / want.length).toBeLessThan(8);
  });

  it("gives up when even the last step is too big", async () => {
    const source = await noisyJpeg(128, 96);
    expect(rotateJpeg(source, 6, { maxBytes: 1000, coarser: [0.82, 0.72] })).toEqual({ ok: false, reason: "over the byte limit" });
  });
});
