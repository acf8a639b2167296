import { describe, expect, it } from "vitest";
import { findPageRefs, pageLinkRefs, referencedPages } from "./page-refs";

const pick = (text: string, pageCount?: number) =>
  findPageRefs(text, { pageCount }).map((r) => [r.text, r.page, r.last]);

describe("findPageRefs", () => {
  it("finds English forms with ranges", () => {
    expect(pick("See page 2, p. 3 and pp. 2-3; also Pages 4 to 5 and p.1.")).toEqual([
      ["page 2", 2, 2],
      ["p. 3", 3, 3],
      ["pp. 2-3", 2, 3],
      ["Pages 4 to 5", 4, 5],
      ["p.1", 1, 1],
    ]);
  });

  it("finds Chinese forms", () => {
    expect(pick("第2页有表格，第 3-4 页是结论")).toEqual([
      ["第2页", 2, 2],
      ["第 3-4 页", 3, 4],
    ]);
  });

  it("skips numbers that are not page numbers and pages past the end", () => {
    expect(pick("version 2.5 on page 2.5 of pages", 10)).toEqual([]);
    expect(pick("page 12 and page 3", 10)).toEqual([["page 3", 3, 3]]);
    expect(pick("pages 2-40", 5)).toEqual([["pages 2-40", 2, 5]]);
    expect(pick("page 0 and pages 5-3")).toEqual([]);
    expect(pick("webpage 3")).toEqual([]);
  });

  it("lists referenced pages once, in order", () => {
    expect(referencedPages(findPageRefs("page 3, pp. 1-2, page 3"))).toEqual([3, 1, 2]);
  });

  it("links each sent page once, at its first mention", () => {
    const refs = findPageRefs("Page 2 has it; the chart on p. 2, p. 2 gives details, 第2页 too. Then p. 1, pp. 1-2 and page 3.");
    expect(pageLinkRefs(refs, new Set([1, 2])).map((r) => [r.text, r.page])).toEqual([
      ["Page 2", 2],
      ["p. 1", 1],
    ]);
    expect(pageLinkRefs(refs, new Set([1, 2, 3]), 2).map((r) => r.page)).toEqual([2, 1]);
  });
});
