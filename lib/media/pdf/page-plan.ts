/**
 * Which PDF pages are sent and at what size (docs/decisions/pdf-pages.md). Pure: the worker
 * renders what this decides.
 */
import { MAX_IMAGE_SIDE } from "../limits";

/** GLM-4.5V reads about one visual token per 28 x 28 px (the official desktop demo's estimate). */
export const PIXELS_PER_TOKEN = 28 * 28;
/** The official demo's whole-document budget, ~24k visual tokens, spread over the pages. */
export const DOCUMENT_TOKEN_BUDGET = 24_000;
/** Floor per page: the official demo's 400k px (about 72 dpi on A4). */
export const MIN_PAGE_PIXELS = 400_000;
/** Ceiling per page for short documents: ~1.6 MP (A4 at ~125 dpi) keeps 7-8 pt print legible. */
export const MAX_PAGE_PIXELS = 1_600_000;
export const JPEG_QUALITY = 0.8;

/** Pixel budget per page for a document of `pages` sent pages. */
export function pagePixelBudget(pages: number): number {
  const share = Math.floor((DOCUMENT_TOKEN_BUDGET * PIXELS_PER_TOKEN) / Math.max(1, pages));
  return Math.max(MIN_PAGE_PIXELS, Math.min(MAX_PAGE_PIXELS, share));
}

/** Render scale for a page of `width` x `height` PDF points, within the budget and 6000 px a side. */
export function pageScale(width: number, height: number, budgetPixels: number): number {
  if (!(width > 0 && height > 0)) return 1;
  const byArea = Math.sqrt(budgetPixels / (width * height));
  const bySide = (MAX_IMAGE_SIDE - 1) / Math.max(width, height);
  return Math.min(byArea, bySide);
}

/** Pages sent by default: every page up to the model's image limit. */
export function defaultPages(pageCount: number, maxImages: number): number[] {
  return Array.from({ length: Math.min(pageCount, maxImages) }, (_, i) => i + 1);
}

/** Why a range was refused, with what the UI needs to word it in the reader's language. */
export type RangeRefusal = { rule: "empty" } | { rule: "not_page" | "invalid"; piece: string } | { rule: "beyond"; count: number } | { rule: "too_many"; count: number; max: number };
export type RangeResult = { ok: true; pages: number[] } | ({ ok: false; reason: string } & RangeRefusal);

/** "1-3, 5, 8-" (1-based, "-" for a range, open ends allowed) into page numbers in order. */
export function parsePageRange(input: string, pageCount: number, maxImages: number): RangeResult {
  const text = input.trim();
  if (!text) return { ok: false, rule: "empty", reason: "Type the pages to send, like 1-5, 8." };
  const pages = new Set<number>();
  for (const piece of text.split(/[,，;\s]+/).filter(Boolean)) {
    const m = /^(\d{0,5})\s*(?:[-–~]\s*(\d{0,5}))?$/.exec(piece);
    if (!m || (!m[1] && !m[2])) return { ok: false, rule: "not_page", piece, reason: `"${piece}" is not a page or a range like 2-4.` };
    const isRange = piece.includes("-") || piece.includes("–") || piece.includes("~");
    const from = m[1] ? Number(m[1]) : 1;
    const to = isRange ? (m[2] ? Number(m[2]) : pageCount) : from;
    if (from < 1 || to < from) return { ok: false, rule: "invalid", piece, reason: `"${piece}" is not a valid range.` };
    if (to > pageCount) return { ok: false, rule: "beyond", count: pageCount, reason: `The document has ${pageCount} page${pageCount === 1 ? "" : "s"}.` };
    for (let p = from; p <= to; p++) pages.add(p);
  }
  if (pages.size > maxImages) {
    return { ok: false, rule: "too_many", count: pages.size, max: maxImages, reason: `That is ${pages.size} pages; the model reads at most ${maxImages} images per message.` };
  }
  return { ok: true, pages: [...pages].sort((a, b) => a - b) };
}

/** `[1,2,3,5]` -> "1-3, 5". */
export function formatPageList(pages: readonly number[]): string {
  const out: string[] = [];
  for (let i = 0; i < pages.length; ) {
    let j = i;
    while (j + 1 < pages.length && pages[j + 1] === pages[j] + 1) j++;
    out.push(i === j ? String(pages[i]) : `${pages[i]}-${pages[j]}`);
    i = j + 1;
  }
  return out.join(", ");
}

/** The short text part sent with the page images, so the model can name pages correctly. */
export function documentPartText(name: string, pages: readonly number[], pageCount: number): string {
  const which = pages.length === pageCount ? `all ${pageCount} page${pageCount === 1 ? "" : "s"}` : `pages ${formatPageList(pages)} of ${pageCount}`;
  return `[Document "${name}": ${which}, one image per page in that order.]`;
}
