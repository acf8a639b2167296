import { describe, expect, it } from "vitest";
import { readZip } from "@/test/zip";
import { crc32, writeZip } from "./zip";

const enc = (s: string) => new TextEncoder().encode(s);

describe("store-only zip", () => {
  it("computes the standard CRC32", () => {
    expect(crc32(enc("123456789"))).toBe(0xcbf43926);
    expect(crc32(new Uint8Array())).toBe(0);
  });

  it("round-trips files, UTF-8 names and empty files", () => {
    const files = [
      { path: "notes.md", data: enc("# Hello\n") },
      { path: "attachments/écran 1.png", data: new Uint8Array([0, 1, 2, 255]) },
      { path: "empty.txt", data: new Uint8Array() },
    ];
    const zip = writeZip(files, new Date(2024, 4, 17, 13, 45, 30));
    expect(readZip(zip)).toEqual(files);
    // Layout checks a real unzip relies on.
    const view = new DataView(zip.buffer);
    expect(view.getUint32(0, true)).toBe(0x04034b50);
    expect(view.getUint16(6, true) & 0x0800).toBe(0x0800);
    expect(view.getUint16(12, true)).toBe(((2024 - 1980) << 9) | (5 << 5) | 17);
    expect(view.getUint32(zip.length - 22, true)).toBe(0x06054b50);
  });

  it("detects corruption through the CRC", () => {
    const zip = writeZip([{ path: "a.txt", data: enc("abc") }]);
    zip[30 + "a.txt".length] ^= 0xff;
    expect(() => readZip(zip)).toThrow(/CRC mismatch/);
    expect(() => readZip(new Uint8Array(10))).toThrow(/Not a zip/);
  });
});
