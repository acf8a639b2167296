/**
 * A 50-page PDF to ready-to-send page images (open, render in the worker, JPEG) through the
 * real attach flow, with the browser's peak memory; and, in the same run, a 1-page PDF as the
 * reference (what one page costs at the short-document size), plus the legibility figures of
 * the page-size choice (docs/decisions/pdf-pages.md).
 */
import { execFileSync } from "node:child_process";
import type { Page } from "playwright-core";
import { pagePixelBudget, pageScale } from "../../lib/media/pdf/page-plan";
import { sampleReport } from "../support/make-pdf";
import { launchChromium, median, report, startApp } from "./harness";

function chromiumRssKb(): number {
  try {
    const out = execFileSync("ps", ["-C", "chromium", "-o", "rss="], { encoding: "utf8" });
    return out.split("\n").reduce((sum, l) => sum + (Number(l.trim()) || 0), 0);
  } catch {
    return 0;
  }
}

async function attachAndWait(page: Page, name: string, buffer: Buffer, pages: number) {
  const t0 = performance.now();
  await page.getByTestId("attach-input").setInputFiles({ name, mimeType: "application/pdf", buffer });
  await page.getByTestId("document-page-count").getByText(`PDF · ${pages} page${pages === 1 ? "" : "s"}`).waitFor();
  const m = await page.evaluate(() => {
    const e = performance.getEntriesByName("glm:render-pdf").at(-1) as PerformanceMeasure;
    return { ms: e.duration, bytes: (e.detail as { bytes: number }).bytes };
  });
  const endToEnd = performance.now() - t0;
  await page.getByTestId("attachment-remove").first().click();
  await page.getByTestId("attachment-thumb").waitFor({ state: "detached" });
  return { ...m, endToEnd };
}

async function main() {
  const app = await startApp(3303, { ZAI_API_KEY: "" });
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    await page.goto(app.url);
    await page.locator("form[data-hydrated]").waitFor();
    const big = Buffer.from(sampleReport(50));
    const one = Buffer.from(sampleReport(1));
    // Warm-up: loads pdf.js into the worker and the standard fonts once.
    await attachAndWait(page, "warm.pdf", one, 1);
    const fifty: Array<{ ms: number; bytes: number; endToEnd: number }> = [];
    const single: number[] = [];
    for (let run = 0; run < 3; run++) {
      fifty.push(await attachAndWait(page, "fifty.pdf", big, 50));
      single.push((await attachAndWait(page, "one.pdf", one, 1)).ms);
    }
    const baseline = chromiumRssKb();
    let peak = baseline;
    const sampler = setInterval(() => (peak = Math.max(peak, chromiumRssKb())), 50);
    await attachAndWait(page, "fifty.pdf", big, 50);
    clearInterval(sampler);

    const ms = median(fifty.map((r) => r.ms));
    const perPage = ms / 50;
    const bytes = fifty[0].bytes;
    console.log(`\nDocuments: a 50-page A4 PDF (${(big.length / 1024).toFixed(0)} KB, text + vector chart + 7 pt print) to ready-to-send JPEG pages, median of 3`);
    report("50 pages: open + render + encode (in the page, worker)", `${ms.toFixed(0)} ms`, "< 15 s", ms < 15_000);
    report("  per page, at the 50-page size (400k px)", `${perPage.toFixed(0)} ms`, "info", true);
    report("reference: a 1-page PDF at the short-document size (1.6 MP)", `${median(single).toFixed(0)} ms`, "info", true);
    report("file chosen to all 50 pages ready (incl. test-driver upload)", `${median(fifty.map((r) => r.endToEnd)).toFixed(0)} ms`, "info", true);
    report("50 pages: total JPEG bytes (q0.8)", `${(bytes / 1e6).toFixed(2)} MB`, "info", true);
    report("peak extra browser memory while rendering 50 pages", `${((peak - baseline) / 1024).toFixed(0)} MB`, "< 500 MB", peak - baseline < 500 * 1024);
    console.log("Page size vs legibility (A4, 7 pt small print; a VLM reads print reliably from ~8-10 px text height):");
    for (const pages of [1, 3, 11, 20, 30, 50]) {
      const budget = pagePixelBudget(pages);
      const s = pageScale(595, 842, budget);
      const tokens = Math.round((Math.floor(595 * s) * Math.floor(842 * s)) / 784);
      console.log(`  ${String(pages).padStart(2)} pages: ${Math.floor(595 * s)} x ${Math.floor(842 * s)} px, 7 pt text ${(7 * s).toFixed(1)} px tall, ~${tokens} visual tokens/page, ~${tokens * pages} total`);
    }
  } finally {
    await browser.close();
    await app.stop();
  }
}

await main();
