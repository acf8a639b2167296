import { describe, expect, it } from "vitest";
import { geometry } from "./geometry";
import { orientationOf } from "./orient";
import { planeShifts, shiftMatrices } from "./shift";

/** JPEG's orthonormal 8-point DCT-II of samples[from..from+8). */
function dct(samples: number[], from: number): number[] {
  return Array.from({ length: 8 }, (_, u) => {
    let sum = 0;
    for (let t = 0; t < 8; t++) sum += samples[from + t] * Math.cos(((2 * t + 1) * u * Math.PI) / 16);
    return sum * (u === 0 ? Math.SQRT1_2 : 1) * 0.5;
  });
}

const S420 = [
  { h: 2, v: 2 },
  { h: 1, v: 1 },
  { h: 1, v: 1 },
];

describe("shifting a plane by part of a block", () => {
  it.each([1, 3, 4, 7])("maps two blocks' coefficients to those of the 8 samples %i further on", (d) => {
    const samples = Array.from({ length: 16 }, (_, i) => Math.round(100 * Math.sin(i * 1.7) + 20 * i));
    const a = dct(samples, 0);
    const b = dct(samples, 8);
    const want = dct(samples, d);
    const { head, tail } = shiftMatrices(d);
    for (let out = 0; out < 8; out++) {
      let got = 0;
      for (let u = 0; u < 8; u++) got += head[out * 8 + u] * a[u] + tail[out * 8 + u] * b[u];
      expect(got).toBeCloseTo(want[out], 9);
    }
  });

  it("Samsung's 4000 x 3000 turned by orientation 6: luma moves one whole block, chroma 4 samples", () => {
    const shifts = planeShifts(4000, 3000, geometry(4000, 3000, S420), orientationOf(6)!);
    // The stored bottom (3000 = 375 blocks of 8, 187.5 MCUs of 16) becomes the left edge.
    expect(shifts).toEqual([
      { blocksX: 0, blocksY: 1, x: 0, y: 0 },
      { blocksX: 0, blocksY: 0, x: 4, y: 0 },
      { blocksX: 0, blocksY: 0, x: 4, y: 0 },
    ]);
  });

  it("nothing moves when the flipped edges are whole MCUs (4032 x 3024) or not flipped", () => {
    const none = { blocksX: 0, blocksY: 0, x: 0, y: 0 };
    expect(planeShifts(4032, 3024, geometry(4032, 3024, S420), orientationOf(6)!)).toEqual([none, none, none]);
    // Orientation 8 flips the stored width only (4000 = 250 MCUs); the partial bottom stays at the right.
    expect(planeShifts(4000, 3000, geometry(4000, 3000, S420), orientationOf(8)!)).toEqual([none, none, none]);
  });

  it("a luma edge that is not a whole block is a shift under a block (which rotateJpeg declines)", () => {
    const shifts = planeShifts(4000, 3004, geometry(4000, 3004, S420), orientationOf(3)!);
    expect(shifts[0]).toEqual({ blocksX: 0, blocksY: 0, x: 0, y: 4 });
    expect(shifts[1]).toEqual({ blocksX: 0, blocksY: 0, x: 0, y: 2 });
  });
});
