import { describe, expect, it } from "vitest";
import { formatBytes, formatSeconds } from "./format";

describe("formatBytes", () => {
  it.each([
    [0, "0 bytes"],
    [512, "512 bytes"],
    [1023, "1023 bytes"],
    [1024, "1 KB"],
    [1536, "1.5 KB"],
    [12 * 1024 + 300, "12 KB"],
    [1024 * 1024, "1 MB"],
    [3.24 * 1024 * 1024, "3.2 MB"],
    [50 * 1024 * 1024, "50 MB"],
    [2.5 * 1024 ** 3, "2.5 GB"],
    [5000 * 1024 ** 4, "5000 TB"],
  ])("%d -> %s", (bytes, text) => expect(formatBytes(bytes)).toBe(text));
  it("never prints NaN or a negative size", () => {
    expect(formatBytes(Number.NaN)).toBe("0 bytes");
    expect(formatBytes(-5)).toBe("0 bytes");
  });
});

describe("formatSeconds", () => {
  it.each([
    [0, "1 s"],
    [400, "1 s"],
    [2600, "3 s"],
    [59_400, "59 s"],
    [60_000, "1 min 0 s"],
    [125_000, "2 min 5 s"],
  ])("%d ms -> %s", (ms, text) => expect(formatSeconds(ms)).toBe(text));
});
