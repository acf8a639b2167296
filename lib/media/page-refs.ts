/**
 * Finds page references in an answer about a document ("page 2", "p. 3", "pp. 2-3",
 * "pages 4 and 5", "第2页", "第 3-4 页") so the UI can open those pages, like video timestamps.
 */

export interface PageRef {
  start: number;
  end: number;
  text: string;
  /** First page referred to (1-based). */
  page: number;
  /** Last page of a range ("pp. 2-3" -> 3); equal to `page` for one page. */
  last: number;
}

const MAX_REFS = 500;
// Linear patterns (no nested quantifiers). English: "page", "pages", "p.", "pp." then a number,
// optionally a range ("-", "–", "to") or a pair ("and"). Chinese: 第 N 页 / 第 N-M 页.
const EN = /\b(pages?|pp?\.)\s?(\d{1,4})(?:\s?(?:-|–|—|to|and)\s?(\d{1,4}))?/gi;
const ZH = /第\s?(\d{1,4})(?:\s?[-–—至到]\s?(\d{1,4}))?\s?页/g;

export function findPageRefs(text: string, options: { pageCount?: number } = {}): PageRef[] {
  const out: PageRef[] = [];
  const max = options.pageCount ?? Infinity;
  const push = (start: number, whole: string, a: string, b: string | undefined) => {
    const page = Number(a);
    const last = b === undefined ? page : Number(b);
    if (page < 1 || last < page || page > max) return;
    out.push({ start, end: start + whole.length, text: whole, page, last: Math.min(last, max) });
  };
  for (const m of text.matchAll(EN)) {
    if (out.length >= MAX_REFS) break;
    const after = text[m.index + m[0].length] ?? "";
    // "page 2.5" or "p2p" are not page numbers.
    if (/[\w.]/.test(after) && !/[.]\s|[.]$/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 2))) continue;
    push(m.index, m[0], m[2], m[3]);
  }
  for (const m of text.matchAll(ZH)) {
    if (out.length >= MAX_REFS) break;
    push(m.index, m[0], m[1], m[2]);
  }
  return out.sort((x, y) => x.start - y.start);
}

/** Unique pages referred to, in first-mention order (for a "Pages:" link row). */
export function referencedPages(refs: readonly PageRef[]): number[] {
  const seen = new Set<number>();
  for (const r of refs) for (let p = r.page; p <= r.last && seen.size < 200; p++) seen.add(p);
  return [...seen];
}

/**
 * The references to show as page links: on a page that was sent, one per page (an answer that
 * says "Page 2", "p. 2" and "第2页" about one page gets one link, the first mention's words).
 */
export function pageLinkRefs(refs: readonly PageRef[], sent: ReadonlySet<number | undefined>, max = 50): PageRef[] {
  const seen = new Set<number>();
  const out: PageRef[] = [];
  for (const r of refs) {
    if (out.length >= max) break;
    if (!sent.has(r.page) || seen.has(r.page)) continue;
    seen.add(r.page);
    out.push(r);
  }
  return out;
}
