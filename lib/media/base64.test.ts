import { describe, expect, it } from "vitest";
import { base64ToBlob, base64ToBytes, blobToBase64, bytesToBase64, isBase64, stripDataUrl, toDataUrl } from "./base64";

const same = (a: Uint8Array, b: Uint8Array) => Buffer.compare(Buffer.from(a), Buffer.from(b)) === 0;

const random = (n: number) => {
  const out = new Uint8Array(n);
  let x = 12345;
  for (let i = 0; i < n; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    out[i] = x >>> 24;
  }
  return out;
};

describe("base64", () => {
  it("matches Node's encoder on every padding length, across chunk boundaries", () => {
    for (const n of [0, 1, 2, 3, 4, 24575, 24576, 24577, 100_001]) {
      const bytes = random(n);
      const b64 = bytesToBase64(bytes);
      expect(b64).toBe(Buffer.from(bytes).toString("base64"));
      expect(same(base64ToBytes(b64), bytes)).toBe(true);
    }
  });

  // Work is chunked (24 KB at a time), so size past a few chunks proves nothing more: 8 MB is ~340
  // chunks and ~80x what a whole-array String.fromCharCode takes before the stack overflows. The
  // 50 MB round trip this once was timed out at 120 s on a loaded 2-core machine.
  it("round-trips 8 MB without overflowing the stack", () => {
    const bytes = random(8 * 1024 * 1024);
    const b64 = bytesToBase64(bytes);
    expect(b64.length).toBe(Math.ceil(bytes.length / 3) * 4);
    const back = base64ToBytes(b64);
    expect(same(back, bytes)).toBe(true);
  });

  it("uses the chunked fallback when the native helpers are missing", () => {
    const proto = Uint8Array.prototype as { toBase64?: unknown };
    const ctor = Uint8Array as { fromBase64?: unknown };
    const saved = [proto.toBase64, ctor.fromBase64];
    delete proto.toBase64;
    delete ctor.fromBase64;
    try {
      const bytes = random(70_000);
      expect(same(base64ToBytes(bytesToBase64(bytes)), bytes)).toBe(true);
    } finally {
      if (saved[0]) proto.toBase64 = saved[0];
      if (saved[1]) ctor.fromBase64 = saved[1];
    }
  });

  it("accepts data URLs and whitespace, rejects garbage", () => {
    expect(Array.from(base64ToBytes("data:image/png;base64,AQID"))).toEqual([1, 2, 3]);
    expect(Array.from(base64ToBytes("AQ\nID"))).toEqual([1, 2, 3]);
    expect(() => base64ToBytes("not base64!")).toThrow(/Invalid base64/);
    expect(isBase64("AQID")).toBe(true);
    expect(isBase64("AQI")).toBe(false);
  });

  it("converts blobs and data URLs", async () => {
    const blob = base64ToBlob(toDataUrl("AQID", "image/png"));
    expect(blob.type).toBe("image/png");
    expect(await blobToBase64(blob)).toBe("AQID");
    expect(stripDataUrl("data:video/mp4;base64,AAAA")).toEqual({ mimeType: "video/mp4", data: "AAAA" });
    expect(stripDataUrl("AAAA")).toEqual({ data: "AAAA" });
  });
});
