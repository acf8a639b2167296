import { describe, expect, it } from "vitest";
import {
  MAX_PAGE_PIXELS, MIN_PAGE_PIXELS, defaultPages, documentPartText, formatPageList, pagePixelBudget, pageScale, parsePageRange,
} from "./page-plan";

describe("page size", () => {
  it("gives short documents the legible ceiling and long ones the official budget", () => {
    expect(pagePixelBudget(1)).toBe(MAX_PAGE_PIXELS);
    expect(pagePixelBudget(3)).toBe(MAX_PAGE_PIXELS);
    // 24k tokens x 784 px over 20 pages = 940,800 px.
    expect(pagePixelBudget(20)).toBe(940_800);
    expect(pagePixelBudget(50)).toBe(MIN_PAGE_PIXELS);
  });

  it("scales an A4 page to the budget and never past 6000 px a side", () => {
    const s = pageScale(595, 842, 1_600_000);
    expect(Math.round(595 * s) * Math.round(842 * s)).toBeLessThanOrEqual(1_601_000);
    expect(s).toBeGreaterThan(1.5);
    // A long receipt: the side limit wins.
    const tall = pageScale(200, 20_000, 1_600_000);
    expect(20_000 * tall).toBeLessThan(6000);
    expect(pageScale(0, 10, 1000)).toBe(1);
  });
});

describe("page selection", () => {
  it("defaults to every page up to the image limit", () => {
    expect(defaultPages(3, 50)).toEqual([1, 2, 3]);
    expect(defaultPages(80, 50)).toHaveLength(50);
  });

  it("parses ranges, lists and open ends", () => {
    expect(parsePageRange("1-3, 5", 10, 50)).toEqual({ ok: true, pages: [1, 2, 3, 5] });
    expect(parsePageRange("8-", 10, 50)).toEqual({ ok: true, pages: [8, 9, 10] });
    expect(parsePageRange("3 1 3", 10, 50)).toEqual({ ok: true, pages: [1, 3] });
  });

  it("refuses bad input with a reason", () => {
    expect(parsePageRange("", 10, 50)).toMatchObject({ ok: false });
    expect(parsePageRange("a-b", 10, 50)).toMatchObject({ ok: false, reason: expect.stringContaining('"a-b"') });
    expect(parsePageRange("4-2", 10, 50)).toMatchObject({ ok: false });
    expect(parsePageRange("11", 10, 50)).toMatchObject({ ok: false, reason: "The document has 10 pages." });
    expect(parsePageRange("1-60", 80, 50)).toMatchObject({ ok: false, reason: expect.stringContaining("at most 50") });
  });

  it("formats pages and the text part", () => {
    expect(formatPageList([1, 2, 3, 5, 7, 8])).toBe("1-3, 5, 7-8");
    expect(documentPartText("a.pdf", [1, 2, 3], 3)).toBe('[Document "a.pdf": all 3 pages, one image per page in that order.]');
    expect(documentPartText("a.pdf", [2, 3], 9)).toBe('[Document "a.pdf": pages 2-3 of 9, one image per page in that order.]');
  });
});
