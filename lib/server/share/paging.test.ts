import { describe, expect, it } from "vitest";
import { SHARE_PAGE_BUDGET, pageStarts, sharePage, type PagingBudget } from "./paging";

const msg = (n: number) => ({ content: "x".repeat(n) });
const budget: PagingBudget = { messages: 3, chars: 100, plainOver: 60 };

describe("share paging", () => {
  it("cuts pages by message count and by characters", () => {
    expect(pageStarts(Array.from({ length: 7 }, () => msg(1)), budget)).toEqual([0, 3, 6]);
    expect(pageStarts([msg(50), msg(40), msg(20), msg(10)], budget)).toEqual([0, 2]);
    expect(pageStarts([], budget)).toEqual([]);
  });

  it("counts a huge message at the plain-text cap, not at its size", () => {
    expect(pageStarts([msg(10), msg(1_000_000), msg(10)], budget)).toEqual([0]);
    expect(pageStarts([msg(50), msg(1_000_000), msg(50)], budget)).toEqual([0, 1, 2]);
  });

  it("bounds what one page renders whatever the share holds: 250 table answers", () => {
    const table = `| a | b |\n|---|---|\n${"| 1 | 2 |\n".repeat(300)}`;
    const messages = Array.from({ length: 250 }, (_, i) => ({ content: i % 2 ? table : "Show me a table", reasoning: i % 2 ? "r".repeat(500) : undefined }));
    const starts = pageStarts(messages);
    expect(starts.at(-1)).toBeLessThan(250);
    for (let p = 1; p <= starts.length; p++) {
      const page = sharePage(messages, String(p));
      const chars = messages.slice(page.start, page.end).reduce((s, m, k) => s + (page.plain(page.start + k) ? 0 : m.content.length + (m.reasoning?.length ?? 0)), 0);
      expect(page.end - page.start).toBeLessThanOrEqual(SHARE_PAGE_BUDGET.messages);
      expect(chars).toBeLessThanOrEqual(SHARE_PAGE_BUDGET.chars);
    }
    // Every message is on exactly one page.
    expect(sharePage(messages, String(starts.length)).end).toBe(250);
  });

  it("shows plain text for a message over the cap and markdown otherwise", () => {
    const page = sharePage([msg(10), msg(61)], "1", budget);
    expect(page.plain(0)).toBe(false);
    expect(page.plain(1)).toBe(true);
  });

  it("lands odd page requests on a real page", () => {
    const messages = Array.from({ length: 7 }, () => msg(1));
    expect(sharePage(messages, undefined, budget)).toMatchObject({ page: 1, start: 0, end: 3, pages: 3 });
    expect(sharePage(messages, "3", budget)).toMatchObject({ page: 3, start: 6, end: 7 });
    for (const odd of ["99", "0", "-1", "abc", ["2"], "1e3"]) expect(sharePage(messages, odd, budget).page).toBeGreaterThanOrEqual(1);
    expect(sharePage(messages, "99", budget).page).toBe(3);
    expect(sharePage([], "2", budget)).toMatchObject({ page: 1, pages: 1, start: 0, end: 0 });
  });
});
