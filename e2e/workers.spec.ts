import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import { makePhoto } from "./bench/photo";
import { en } from "./support/catalogue";
import { attachInput, expect, test, type ChatPage } from "./support/chat-page";
import { requestWith, uniqueMarker } from "./support/stand-in-client";

// The bug this guards lived in the offline worker's fetch path: it runs here (off by default in e2e).
test.use({ serviceWorkers: "allow" });

/**
 * The app runs three Web Workers (image preparation, pdf.js pages, shiki highlighting) that the
 * bundler starts from one bootstrap script, telling each which code to load in the URL's fragment.
 * Once the offline service worker served that script from its cache, every worker after the first
 * booted the first one's code: PDFs hung and code stayed plain (public/sw.js explains the fix).
 * So this runs all three in one page while the service worker controls it, in two orders.
 */

const report = { name: "report.pdf", mimeType: "application/pdf", buffer: readFileSync("e2e/fixtures/report-3pages.pdf") };

/** The composer, where the draft's attachments show (sent ones show in the message list too). */
const draft = (page: Page) => page.locator("form[data-hydrated]");

async function attachRotatedPhoto(page: Page) {
  // 400x200, tagged EXIF orientation 6: prepared upright as 200x400.
  await attachInput(page).setInputFiles({ name: "photo.jpg", mimeType: "image/jpeg", buffer: await makePhoto(page, 400, 200) });
  const img = draft(page).locator('[data-testid="attachment-thumb"][data-kind="image"] img');
  await expect(img).toBeVisible();
  await expect.poll(() => img.evaluate((el: HTMLImageElement) => [el.naturalWidth, el.naturalHeight])).toEqual([200, 400]);
}

async function attachPdf(page: Page) {
  await attachInput(page).setInputFiles(report);
  const thumb = draft(page).locator('[data-testid="attachment-thumb"][data-kind="document"]');
  await expect(thumb).toHaveAttribute("data-pages", "3");
  // The first page's picture exists only once the PDF worker has rendered it.
  await expect(thumb.getByTestId("attachment-open").locator("img")).toBeVisible();
  // The draft cannot be sent until every page is rendered.
  await expect(thumb.getByTestId("document-page-count")).not.toContainText(en.attach.rendering);
}

/** Sends the draft, asking for an answer with code; returns how many images went upstream. */
async function sendForCode(chat: ChatPage) {
  const marker = uniqueMarker();
  await chat.composer.fill(`[[scenario:markdown-rich]] ${marker}`);
  await expect(chat.sendButton).toBeEnabled();
  await chat.composer.press("Enter");
  await expect(chat.page.getByTestId("message-user").last()).toContainText(marker);
  await chat.waitForAnswerDone();
  await expect(chat.lastAssistant().getByTestId("code-block").first().locator("code")).toHaveAttribute("data-highlighted", "true");
  const body = (await requestWith(marker)).body as { messages: Array<{ role: string; content: string | Array<{ type: string }> }> };
  const user = body.messages.filter((m) => m.role === "user").at(-1)!;
  return typeof user.content === "string" ? 0 : user.content.filter((p) => p.type === "image_url").length;
}

test("an image, a PDF and highlighted code work together in one page while the service worker serves the scripts", async ({ chat, page }) => {
  await chat.goto();
  await expect.poll(() => page.evaluate(async () => !!(await navigator.serviceWorker.ready).active)).toBe(true);
  // The first load is not controlled yet; after a reload every script request goes through the worker.
  await chat.reload();
  await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);

  // Image first: its worker's start-up script is the one the cache stores.
  await attachRotatedPhoto(page);
  await attachPdf(page);
  // The photo and the PDF's three pages.
  expect(await sendForCode(chat)).toBe(4);

  // The three workers' scripts came from the service worker's cache (so this exercised it).
  const workerScripts = [...new Set(page.workers().map((w) => w.url().replace(/#.*$/, "")))];
  expect(workerScripts.length).toBeGreaterThan(0);
  const cached = await page.evaluate(async () => (await Promise.all((await caches.keys()).map(async (k) => (await (await caches.open(k)).keys()).map((r) => r.url)))).flat());
  for (const url of workerScripts) expect(cached.map((c) => c.replace(/#.*$/, ""))).toContain(url);

  // A new page, the script now cached from the start, the other order: code, then PDF, then image.
  await chat.reload();
  await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
  expect(await sendForCode(chat)).toBe(0);
  await attachPdf(page);
  await attachRotatedPhoto(page);
  expect(await sendForCode(chat)).toBe(4);
});
