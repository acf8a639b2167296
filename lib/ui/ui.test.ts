import { describe, expect, it } from "vitest";
import { highlightPieces } from "./highlight";
import { rowAt, rowOffsets, visibleRange } from "./window-range";

describe("window range", () => {
  const offsets = rowOffsets([28, 56, 56, 28, 56]); // 0 28 84 140 168 224
  it("finds the row under a y position", () => {
    expect(rowAt(offsets, 0)).toBe(0);
    expect(rowAt(offsets, 27.9)).toBe(0);
    expect(rowAt(offsets, 28)).toBe(1);
    expect(rowAt(offsets, 150)).toBe(3);
    expect(rowAt(offsets, 10_000)).toBe(4);
  });
  it("renders only the rows in view plus overscan", () => {
    const many = rowOffsets(new Array(5000).fill(56));
    const { start, end } = visibleRange(many, 56 * 1000, 560, 5);
    expect(start).toBe(995);
    expect(end).toBe(1016);
    expect(visibleRange(rowOffsets([]), 0, 500)).toEqual({ start: 0, end: 0 });
  });
});

describe("highlight pieces", () => {
  it("marks the ranges and keeps every character once", () => {
    const pieces = highlightPieces("Hello world, hello", [{ start: 13, end: 18 }, { start: 0, end: 5 }]);
    expect(pieces).toEqual([
      { text: "Hello", hit: true },
      { text: " world, ", hit: false },
      { text: "hello", hit: true },
    ]);
  });
  it("ignores overlapping and out-of-range parts", () => {
    const pieces = highlightPieces("abcdef", [{ start: 1, end: 4 }, { start: 2, end: 5 }, { start: 9, end: 12 }]);
    expect(pieces.map((p) => p.text).join("")).toBe("abcdef");
    expect(pieces.filter((p) => p.hit).map((p) => p.text)).toEqual(["bcd", "e"]);
  });
});
