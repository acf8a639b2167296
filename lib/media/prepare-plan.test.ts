import { describe, expect, it } from "vitest";
import { DEFAULT_PLAN_LIMITS, firstEncodeStep, fitWithin, nextEncodeStep, reencodeReasons, type EncodeStep } from "./prepare-plan";

describe("reencodeReasons", () => {
  const ok = { mimeType: "image/jpeg", bytes: 3_000_000, width: 4000, height: 3000, orientation: 1 };
  it("passes an upright in-limit png/jpeg through unchanged", () => {
    expect(reencodeReasons(ok)).toEqual([]);
    expect(reencodeReasons({ ...ok, mimeType: "image/png" })).toEqual([]);
  });
  it("lists every reason to re-encode", () => {
    expect(reencodeReasons({ ...ok, orientation: 6 })).toEqual(["orientation"]);
    expect(reencodeReasons({ ...ok, mimeType: "image/webp" })).toEqual(["format"]);
    expect(reencodeReasons({ ...ok, width: 7000 })).toEqual(["too_wide"]);
    expect(reencodeReasons({ ...ok, bytes: 6_000_000 })).toEqual(["too_large"]);
    expect(reencodeReasons({ ...ok, width: undefined })).toEqual(["unknown_size"]);
  });
});

describe("fitWithin", () => {
  it("scales the longest side to the limit, keeping the aspect ratio", () => {
    expect(fitWithin(7000, 3500, 6000, Infinity)).toEqual({ width: 6000, height: 3000 });
    expect(fitWithin(3000, 7000, 6000, Infinity)).toEqual({ width: 2571, height: 6000 });
    expect(fitWithin(1000, 600, 6000, Infinity)).toEqual({ width: 1000, height: 600 });
  });
  it("also respects a canvas pixel cap", () => {
    const s = fitWithin(6000, 6000, 6000, 16_777_216);
    expect(s.width * s.height).toBeLessThanOrEqual(16_777_216);
    expect(s.width).toBe(4096);
  });
});

describe("firstEncodeStep", () => {
  it("keeps photos as JPEG and other formats as PNG, fitted to 6000 px", () => {
    expect(firstEncodeStep("image/jpeg", 7000, 7000, 9e6)).toEqual({ mimeType: "image/jpeg", quality: 0.92, width: 6000, height: 6000 });
    expect(firstEncodeStep("image/webp", 800, 600, 1e5)).toMatchObject({ mimeType: "image/png", width: 800, height: 600 });
    expect(firstEncodeStep("image/gif", 800, 600, 1e5).mimeType).toBe("image/png");
  });
  it("starts a same-size oversized JPEG at a lower quality", () => {
    expect(firstEncodeStep("image/jpeg", 4000, 3000, 8e6).quality).toBeCloseTo(0.82);
  });
});

describe("nextEncodeStep", () => {
  const png: EncodeStep = { mimeType: "image/png", quality: 0.92, width: 4000, height: 3000 };
  it("goes PNG -> JPEG, then lowers quality, then scales", () => {
    const s1 = nextEncodeStep(png, 9e6)!;
    expect(s1).toEqual({ ...png, mimeType: "image/jpeg" });
    const s2 = nextEncodeStep(s1, 7e6)!;
    expect(s2.quality).toBeCloseTo(0.82);
    const s3 = nextEncodeStep(s2, 6e6)!;
    expect(s3.quality).toBeCloseTo(0.72);
    const s4 = nextEncodeStep(s3, 20e6)!;
    expect(s4.width).toBe(2000);
    expect(s4.height).toBe(1500);
    // After a rescale, quality is lowered again before the next rescale.
    expect(nextEncodeStep(s4, 5.5e6)).toMatchObject({ width: 2000, quality: 0.7 });
    expect(nextEncodeStep({ ...s4, quality: 0.7 }, 5.5e6)!.width).toBe(1800);
  });
  it("stops when the size fits or the image would get too small", () => {
    expect(nextEncodeStep(png, 1e6)).toBeNull();
    expect(nextEncodeStep({ mimeType: "image/jpeg", quality: 0.72, width: 80, height: 60 }, 9e6)).toBeNull();
  });
  it("always terminates within a few steps, even if encodes never shrink", () => {
    let step: EncodeStep | null = { ...png, width: 6000, height: 6000 };
    let n = 0;
    while (step && n < 100) {
      step = nextEncodeStep(step, DEFAULT_PLAN_LIMITS.maxBytes * 10);
      n++;
    }
    expect(step).toBeNull();
    expect(n).toBeLessThan(20);
  });
});
