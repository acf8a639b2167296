import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import { readImageSize } from "../lib/media/sniff";
import { attachInput, expect, test } from "./support/chat-page";
import { REPORT_PAGE_SIZES, sampleReport } from "./support/make-pdf";
import { openGate, requestWith, uniqueMarker } from "./support/stand-in-client";
import { createShareLink, openAsVisitor } from "./support/share-link";

const report = { name: "report.pdf", mimeType: "application/pdf", buffer: readFileSync("e2e/fixtures/report-3pages.pdf") };

type UpstreamPart = { type: "text"; text: string } | { type: "image_url"; image_url: { url: string } };

async function attachReport(page: Page) {
  await attachInput(page).setInputFiles(report);
  const thumb = page.getByTestId("attachment-thumb");
  await expect(thumb).toHaveAttribute("data-kind", "document");
  await expect(thumb.getByTestId("document-page-count")).toHaveText("PDF · 3 pages");
  return thumb;
}

async function lastUserParts(marker: string): Promise<UpstreamPart[]> {
  const req = await requestWith(marker);
  const messages = (req.body as { messages: Array<{ role: string; content: UpstreamPart[] | string }> }).messages;
  const user = messages.filter((m) => m.role === "user").at(-1)!;
  return user.content as UpstreamPart[];
}

function imageShape(part: UpstreamPart) {
  const b64 = (part as { image_url: { url: string } }).image_url.url;
  const bytes = Buffer.from(b64, "base64");
  expect(bytes.subarray(0, 3)).toEqual(Buffer.from([0xff, 0xd8, 0xff])); // JPEG, raw base64 for Z.ai
  const size = readImageSize(new Uint8Array(bytes), "image/jpeg")!;
  expect(bytes.length).toBeLessThan(5_000_000);
  expect(Math.max(size.width, size.height)).toBeLessThanOrEqual(6000);
  return size;
}

test("a PDF is one attachment; its pages go upstream in order as images after a text part naming them", async ({ chat, page }) => {
  await chat.goto();
  await attachReport(page);
  const marker = uniqueMarker();
  await chat.send(`Summarise it ${marker}`);
  await chat.waitForAnswerDone();

  const parts = await lastUserParts(marker);
  expect(parts.map((p) => p.type)).toEqual(["text", "image_url", "image_url", "image_url", "text"]);
  expect((parts[0] as { text: string }).text).toBe('[Document "report.pdf": all 3 pages, one image per page in that order.]');
  expect((parts[4] as { text: string }).text).toContain(marker);
  // Pages have different shapes (portrait A4, landscape A4, Letter): their order is visible.
  const ratios = parts.slice(1, 4).map(imageShape).map((s) => s.width / s.height);
  REPORT_PAGE_SIZES.forEach(([w, h], i) => expect(ratios[i]).toBeCloseTo(w / h, 2));
  // Short documents render large enough for small print: ~1.6 MP, A4 about 1064 px wide.
  const first = imageShape(parts[1]);
  expect(first.width * first.height).toBeGreaterThan(1_200_000);

  // The sent message shows one document attachment.
  const sent = page.getByTestId("message-user").last().getByTestId("attachment-thumb");
  await expect(sent).toHaveCount(1);
  await expect(sent).toHaveAttribute("data-pages", "3");

  // The storage meter counts the rendered pages the conversation keeps (the bytes that were sent).
  const sentBytes = parts.slice(1, 4).reduce((n, p) => n + Buffer.from((p as { image_url: { url: string } }).image_url.url, "base64").length, 0);
  const panel = await chat.openSettings();
  const row = panel.getByTestId("storage-row");
  await expect(row).toHaveCount(1);
  // Each page's record is its bytes plus a little metadata (name, size, page numbers).
  const counted = Number(await row.getAttribute("data-media-bytes"));
  expect(counted).toBeGreaterThanOrEqual(sentBytes);
  expect(counted).toBeLessThan(sentBytes + 3 * 1024);
  await expect(row.getByTestId("drop-attachments-button")).toBeVisible();
});

test("the page-range picker sends only the chosen pages and refuses a bad range", async ({ chat, page }) => {
  await chat.goto();
  const thumb = await attachReport(page);
  await thumb.getByTestId("page-range-button").click();
  const input = page.getByTestId("page-range-input");
  await input.fill("2-9");
  await page.getByTestId("page-range-apply").click();
  await expect(page.getByTestId("page-range-error")).toHaveText("The document has 3 pages.");
  await input.fill("2-3");
  await input.press("Enter");
  await expect(thumb.getByTestId("document-page-count")).toHaveText("PDF · pages 2-3 of 3");

  const marker = uniqueMarker();
  await chat.send(`Only these ${marker}`);
  await chat.waitForAnswerDone();
  const parts = await lastUserParts(marker);
  expect(parts.map((p) => p.type)).toEqual(["text", "image_url", "image_url", "text"]);
  expect((parts[0] as { text: string }).text).toBe('[Document "report.pdf": pages 2-3 of 3, one image per page in that order.]');
  const [a, b] = parts.slice(1, 3).map(imageShape);
  expect(a.width / a.height).toBeCloseTo(842 / 595, 2);
  expect(b.width / b.height).toBeCloseTo(612 / 792, 2);
});

test("the open page picker wraps under its PDF and leaves the next file beside it", async ({ chat, page }) => {
  await chat.goto();
  const thumb = await attachReport(page);
  await attachInput(page).setInputFiles({ name: "notes.txt", mimeType: "text/plain", buffer: Buffer.from("a\n") });
  const next = page.getByTestId("text-file-chip");
  await expect(next).toBeVisible();
  await thumb.getByTestId("page-range-button").click();
  await page.getByTestId("page-range-input").fill("abc");
  await page.getByTestId("page-range-input").press("Enter");
  await expect(page.getByTestId("page-range-error")).toBeVisible();
  // The gap between the PDF and the next file stays the tray's own (it was ~70 px: the picker widened the column).
  const [pdf, file] = [(await thumb.boundingBox())!, (await next.boundingBox())!];
  expect(Math.abs(file.y - pdf.y)).toBeLessThan(2);
  expect(file.x - (pdf.x + pdf.width)).toBeLessThanOrEqual(12);
  const picker = (await page.getByTestId("page-range-picker").boundingBox())!;
  expect(picker.width).toBeLessThanOrEqual(pdf.width + 1);
});

test("one chosen page is named by its number, on one line, in the draft and the sent message", async ({ chat, page }) => {
  await chat.goto();
  const thumb = await attachReport(page);
  await thumb.getByTestId("page-range-button").click();
  await page.getByTestId("page-range-input").fill("2");
  await page.getByTestId("page-range-input").press("Enter");
  const count = thumb.getByTestId("document-page-count");
  // Was "PDF · pages 2 of 3", wrapped over several lines, and the picture was called page 1.
  await expect(count).toHaveText("PDF · page 2 of 3");
  await expect(thumb.getByTestId("attachment-open").locator("img")).toHaveAccessibleName("report.pdf, page 2");
  const oneLine = async () => {
    const box = (await count.boundingBox())!;
    const lineHeight = await count.evaluate((el) => parseFloat(getComputedStyle(el).lineHeight));
    expect(box.height).toBeLessThan(lineHeight * 1.5);
  };
  await oneLine();

  await chat.send(`Just page two ${uniqueMarker()}`);
  await chat.waitForAnswerDone();
  const sent = page.getByTestId("message-user").last().getByTestId("attachment-thumb");
  await expect(sent.getByTestId("document-page-count")).toHaveText("PDF · page 2 of 3");
  await expect(sent.getByTestId("attachment-open").locator("img")).toHaveAccessibleName("report.pdf, page 2");
});

test("page references in the answer open that page in the viewer", async ({ chat, page }) => {
  await chat.goto();
  await attachReport(page);
  await chat.send(`What is in it? ${uniqueMarker()}`);
  await chat.waitForAnswerDone();
  const links = chat.lastAssistant().getByTestId("page-link");
  // "pp. 2-3" opens page 2 as "p. 2" does: one link per page.
  await expect(links).toHaveText(["Page 1", "p. 2", "第3页"]);
  await links.nth(1).click();
  const viewer = page.getByTestId("attachment-viewer");
  await expect(viewer).toBeVisible();
  await expect(viewer).toHaveAttribute("data-page", "2");
  await expect(viewer.getByTestId("viewer-page-label")).toHaveText("report.pdf · page 2 of 3");
  await viewer.getByTestId("viewer-next").click();
  await expect(viewer).toHaveAttribute("data-page", "3");
  await viewer.getByTestId("attachment-viewer-close").click();
  await expect(viewer).toHaveCount(0);
  await links.nth(2).click();
  await expect(page.getByTestId("attachment-viewer")).toHaveAttribute("data-page", "3");
});

test("Escape in the page viewer closes the viewer and leaves a running answer running", async ({ chat, page }) => {
  await chat.goto();
  await attachReport(page);
  const gate = uniqueMarker();
  await chat.send(`[[gate:${gate}]] Read it ${gate}`);
  await expect(chat.stopButton).toBeVisible();
  await page.getByTestId("message-user").last().getByTestId("attachment-open").click();
  const viewer = page.getByTestId("attachment-viewer");
  await expect(viewer).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(viewer).toHaveCount(0);
  // The viewer took the key: before, the answer stopped and the viewer stayed open.
  await expect(chat.stopButton).toBeVisible();
  await openGate(gate);
  await chat.waitForAnswerDone();
  await expect(chat.lastAssistant().getByTestId("interrupted-badge")).toHaveCount(0);
});

test("text files named as nothing the app knows (Makefile, nginx.conf.bak) are read as text, not refused as images", async ({ chat, page }) => {
  await chat.goto();
  await attachInput(page).setInputFiles([
    { name: "Makefile", mimeType: "", buffer: Buffer.from("all:\n\tcc -o app main.c\n") },
    { name: "nginx.conf.bak", mimeType: "application/octet-stream", buffer: Buffer.from("server {\n  listen 80;\n}\n") },
  ]);
  await expect(page.getByTestId("text-file-chip")).toHaveCount(2);
  await expect(page.getByTestId("text-file-chip").first()).toContainText("Makefile");
  await expect(page.getByTestId("attachment-error")).toHaveCount(0);
  // A binary with no name the app knows is still refused, naming what can be attached.
  await attachInput(page).setInputFiles({ name: "archive", mimeType: "", buffer: Buffer.from([0x50, 0x4b, 3, 4, 20, 0, 0, 0]) });
  await expect(page.getByTestId("attachment-error")).toContainText('"archive"');
  await expect(page.getByTestId("attachment-error")).not.toContainText("holds text");
});

test("a Word file is refused with 'export as PDF first'; a text file goes as a named text block", async ({ chat, page }) => {
  await chat.goto();
  const docx = { name: "plan.docx", mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", buffer: Buffer.from("PK\u0003\u0004 not really") };
  await attachInput(page).setInputFiles(docx);
  await expect(page.getByTestId("attachment-error")).toContainText(
    '"plan.docx" is a Word file, which the model cannot read directly. Export it as PDF first (File › Export › PDF) and attach the PDF.',
  );
  await expect(page.getByTestId("attachment-thumb")).toHaveCount(0);

  const marker = uniqueMarker();
  await attachInput(page).setInputFiles({ name: "notes.txt", mimeType: "text/plain", buffer: Buffer.from(`line one\nline two ${marker}\n`) });
  await expect(page.getByTestId("text-file-chip")).toContainText("notes.txt");
  // Counted in lines, as the sent message's chip counts them.
  await expect(page.getByTestId("text-file-chip")).toContainText("Text · 2 lines");
  await chat.send("What do my notes say?");
  await chat.waitForAnswerDone();
  const req = await requestWith(marker);
  const messages = (req.body as { messages: Array<{ role: string; content: unknown }> }).messages;
  const user = messages.filter((m) => m.role === "user").at(-1)!;
  expect(user.content).toBe(`File: notes.txt\n\`\`\`txt\nline one\nline two ${marker}\n\`\`\`\n\nWhat do my notes say?`);
  // The bubble shows the file as a file, not its quoted contents; the title is what was typed.
  const bubble = page.getByTestId("message-user").last();
  await expect(bubble.getByTestId("user-text-file")).toHaveText(/notes\.txt\s*2 lines/);
  await expect(bubble).not.toContainText("```");
  await expect(bubble.getByTestId("user-text-file-content")).toBeHidden();
  await expect(bubble).toContainText("What do my notes say?");
  // The chip opens to show what was sent.
  await bubble.getByTestId("user-text-file").click();
  await expect(bubble.getByTestId("user-text-file-content")).toBeVisible();
  await expect(bubble.getByTestId("user-text-file-content")).toHaveText(`line one\nline two ${marker}\n`);
  await expect(chat.conversationItems().first().getByTestId("conversation-title")).toHaveText("What do my notes say?");
  await chat.reload();
  await expect(page.getByTestId("message-user").last().getByTestId("user-text-file")).toHaveText(/notes\.txt\s*2 lines/);

  // Edit changes what was typed; the file stays a file and goes again unchanged.
  await page.getByTestId("message-user").last().getByTestId("edit-message-button").click();
  const editor = page.getByTestId("message-editor");
  await expect(editor.getByTestId("user-text-file")).toHaveText(/notes\.txt\s*2 lines/);
  await expect(editor.getByTestId("edit-message-input")).toHaveValue("What do my notes say?");
  await editor.getByTestId("edit-message-input").fill(`Summarise them ${marker}-edit`);
  await editor.getByTestId("edit-save-button").click();
  await chat.waitForAnswerDone();
  const edited = await requestWith(`${marker}-edit`);
  const question = (edited.body as { messages: Array<{ role: string; content: unknown }> }).messages.filter((m) => m.role === "user").at(-1)!;
  expect(question.content).toBe(`File: notes.txt\n\`\`\`txt\nline one\nline two ${marker}\n\`\`\`\n\nSummarise them ${marker}-edit`);
  await expect(page.getByTestId("message-user").last().getByTestId("user-text-file")).toHaveText(/notes\.txt\s*2 lines/);

  // Typed text that only looks like a file block, with no file attached, stays the user's text.
  await chat.composer.fill("File: app.ts\n```ts\nconst a = 1;\n```\n\nWhy does this fail?");
  await chat.composer.press("Enter");
  await chat.waitForAnswerDone();
  const typedLookalike = page.getByTestId("message-user").last();
  await expect(typedLookalike).toContainText("File: app.ts");
  await expect(typedLookalike).toContainText("const a = 1;");
  await expect(typedLookalike.getByTestId("user-text-file")).toHaveCount(0);

  // An empty text file is refused in plain words, and nothing is attached.
  await attachInput(page).setInputFiles({ name: "blank.txt", mimeType: "text/plain", buffer: Buffer.alloc(0) });
  await expect(page.getByTestId("attachment-error")).toContainText("blank.txt");
  await expect(page.getByTestId("attachment-error")).toContainText("empty");
  await expect(page.getByTestId("text-file-chip")).toHaveCount(0);
  // So is an empty PDF: empty, not "damaged".
  await attachInput(page).setInputFiles({ name: "blank.pdf", mimeType: "application/pdf", buffer: Buffer.alloc(0) });
  await expect(page.getByTestId("attachment-error")).toContainText(/blank\.pdf.{0,2} is empty/);
  await expect(page.getByTestId("attachment-error")).not.toContainText("damaged");
});

test("a shared PDF shows as its page thumbnails, and the answer's page mentions link to them", async ({ chat, page, browser }) => {
  await chat.goto();
  await attachReport(page);
  await chat.send(`What is in it? ${uniqueMarker()}`);
  await chat.waitForAnswerDone();
  const url = await createShareLink(page);

  // A visitor without JavaScript still sees the pages and can follow the links.
  const { page: shared, close } = await openAsVisitor(browser, url);
  const doc = shared.getByTestId("shared-document");
  await expect(doc).toContainText("report.pdf");
  await expect(doc.getByTestId("shared-doc-page")).toHaveCount(3);
  await expect(doc.getByTestId("shared-doc-page")).toHaveText(["p. 1", "p. 2", "p. 3"]);
  await expect(shared.getByTestId("shared-image")).toHaveCount(0);
  const links = shared.getByTestId("page-link");
  // "pp. 2-3" opens page 2 as "p. 2" does: one link per page.
  await expect(links).toHaveText(["Page 1", "p. 2", "第3页"]);
  await links.nth(1).click();
  await expect(shared).toHaveURL(/#doc-[\w-]+-p2$/);
  // Each thumbnail opens the exact page image the model read.
  const href = await doc.getByTestId("shared-doc-page").nth(1).getAttribute("href");
  const res = await shared.request.get(new URL(href!, url).toString());
  expect(res.headers()["content-type"]).toBe("image/jpeg");
  await close();
});

test("an answer naming one page four ways gets one page link, in the app and on the shared page", async ({ chat, page, browser }) => {
  await chat.goto();
  const thumb = await attachReport(page);
  await thumb.getByTestId("page-range-button").click();
  await page.getByTestId("page-range-input").fill("2");
  await page.getByTestId("page-range-apply").click();
  await expect(thumb.getByTestId("document-page-count")).toHaveText(/\b2 of 3$/);
  await chat.send(`What is on it? ${uniqueMarker()}`);
  await chat.waitForAnswerDone();
  // The answer says "Page 2", "p. 2", "p. 2" and "第2页": before, four chips for one page.
  await expect(chat.lastAssistant()).toContainText("第2页");
  await expect(chat.lastAssistant().getByTestId("page-link")).toHaveText(["Page 2"]);
  const url = await createShareLink(page);
  const { page: shared, close } = await openAsVisitor(browser, url);
  await expect(shared.getByTestId("shared-message-content").last()).toContainText("第2页");
  await expect(shared.getByTestId("page-link")).toHaveText(["Page 2"]);
  await expect(shared.getByTestId("page-link")).toHaveAttribute("data-page", "2");
  await close();
});

/** Hands the page a PDF as a clipboard paste on the composer or a drop on the conversation. */
async function pasteOrDrop(page: Page, how: "paste" | "drop", name: string, bytes: Uint8Array) {
  await page.evaluate(
    ({ how, name, data }) => {
      const dt = new DataTransfer();
      dt.items.add(new File([Uint8Array.from(atob(data), (c) => c.charCodeAt(0))], name, { type: "application/pdf" }));
      if (how === "paste") {
        document.querySelector("[data-testid=composer]")!.dispatchEvent(new ClipboardEvent("paste", { clipboardData: dt, bubbles: true, cancelable: true }));
        return;
      }
      const zone = document.querySelector("[data-testid=message-list]")!;
      for (const type of ["dragenter", "dragover", "drop"]) zone.dispatchEvent(new DragEvent(type, { dataTransfer: dt, bubbles: true, cancelable: true }));
    },
    { how, name, data: Buffer.from(bytes).toString("base64") },
  );
}

test("a pasted PDF and a dropped PDF each become one document attachment", async ({ chat, page }) => {
  await chat.goto();
  await chat.composer.click();
  await pasteOrDrop(page, "paste", "pasted.pdf", report.buffer);
  const thumbs = page.getByTestId("attachment-thumb");
  await expect(thumbs).toHaveCount(1);
  await expect(thumbs.first()).toHaveAttribute("data-kind", "document");
  await expect(thumbs.first().getByTestId("document-page-count")).toHaveText("PDF · 3 pages");
  await pasteOrDrop(page, "drop", "dropped.pdf", sampleReport(2));
  await expect(thumbs).toHaveCount(2);
  await expect(thumbs.nth(1).getByTestId("document-page-count")).toHaveText("PDF · 2 pages");
});

test("a PDF over the model's 50-image limit asks which pages to send instead of cutting silently", async ({ chat, page }) => {
  test.setTimeout(180_000);
  await chat.goto();
  await attachInput(page).setInputFiles({ name: "long.pdf", mimeType: "application/pdf", buffer: Buffer.from(sampleReport(55)) });
  const thumb = page.getByTestId("attachment-thumb");
  await expect(page.getByTestId("document-over-limit")).toContainText("long.pdf has 55 pages; the model reads at most 50 images per message, so pages 1-50 are selected.");
  await expect(thumb.getByTestId("document-page-count")).toHaveText("PDF · pages 1-50 of 55");
  await thumb.getByTestId("page-range-button").click();
  await page.getByTestId("page-range-input").fill("1-55");
  await page.getByTestId("page-range-apply").click();
  await expect(page.getByTestId("page-range-error")).toContainText("50");
  await page.getByTestId("page-range-input").fill("50-55");
  await page.getByTestId("page-range-apply").click();
  await expect(thumb.getByTestId("document-page-count")).toHaveText("PDF · pages 50-55 of 55");

  const marker = uniqueMarker();
  await chat.send(`The appendix ${marker}`);
  await chat.waitForAnswerDone();
  const parts = await lastUserParts(marker);
  expect(parts.filter((p) => p.type === "image_url")).toHaveLength(6);
  expect((parts[0] as { text: string }).text).toBe('[Document "long.pdf": pages 50-55 of 55, one image per page in that order.]');
});

/** The names of the files stored with drafts (lib/store/draft-files.ts), without creating its database. */
function storedDraftFiles(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    if (!(await indexedDB.databases()).some((d) => d.name === "glm-chat-drafts")) return [];
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open("glm-chat-drafts");
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    type File = { attachment?: { name: string }; document?: { name: string }; text?: { part: { name: string } }; opening?: { name: string } };
    const files = await new Promise<File[]>((resolve, reject) => {
      const req = db.transaction("files").objectStore("files").getAll();
      req.onsuccess = () => resolve(req.result as File[]);
      req.onerror = () => reject(req.error);
    });
    db.close();
    return files.map((f) => f.attachment?.name ?? f.document?.name ?? f.text?.part.name ?? (f.opening && `${f.opening.name} (opening)`) ?? "?").sort();
  });
}

test("files attached to a draft are still attached after a reload, and go with the question", async ({ chat, page }) => {
  await chat.goto();
  const tray = page.locator('form:has([data-testid="composer"])');
  await attachReport(page);
  await attachInput(page).setInputFiles({ name: "shapes.png", mimeType: "image/png", buffer: readFileSync("e2e/fixtures/shapes.png") });
  await attachInput(page).setInputFiles({ name: "notes.txt", mimeType: "text/plain", buffer: Buffer.from("kept across the reload\n") });
  const marker = uniqueMarker();
  await chat.composer.fill(`Compare them ${marker}`);
  await expect(tray.getByTestId("attachment-thumb")).toHaveCount(2);
  await expect.poll(() => storedDraftFiles(page)).toEqual(["notes.txt", "report.pdf", "shapes.png"]);

  await chat.reload();
  await expect(chat.composer).toHaveValue(`Compare them ${marker}`);
  await expect(tray.getByTestId("attachment-thumb")).toHaveCount(2);
  await expect(tray.locator('[data-testid="attachment-thumb"][data-kind="image"]')).toHaveCount(1);
  await expect(tray.getByTestId("document-page-count")).toHaveText("PDF · 3 pages");
  await expect(tray.getByTestId("text-file-chip")).toContainText("notes.txt");
  await expect(page.getByTestId("attachment-error")).toHaveCount(0);

  await chat.composer.press("Enter");
  await chat.waitForAnswerDone();
  const parts = await lastUserParts(marker);
  expect(parts.filter((p) => p.type === "image_url")).toHaveLength(4);
  const text = parts.filter((p) => p.type === "text").map((p) => (p as { text: string }).text).join("\n");
  expect(text).toContain("File: notes.txt");
  expect(text).toContain("kept across the reload");
  expect(text).toContain('[Document "report.pdf": all 3 pages');
  const sentThumbs = page.getByTestId("message-user").last().getByTestId("attachment-thumb");
  await expect(sentThumbs).toHaveCount(2);
  // In the composer's order (and the request's): the image, then the PDF.
  await expect(sentThumbs.first()).toHaveAttribute("data-kind", "image");
  await expect(sentThumbs.last()).toHaveAttribute("data-kind", "document");

  // Sent: the draft's stored copy is gone, and a reload brings back nothing.
  await expect.poll(() => storedDraftFiles(page)).toEqual([]);
  await chat.reload();
  await expect(tray.getByTestId("attachment-thumb")).toHaveCount(0);
  await expect(tray.getByTestId("text-file-chip")).toHaveCount(0);
});

test.describe("a PDF still opening when the page reloads", () => {
  // The workers' scripts are held to keep the PDF opening; the app's service worker would fetch
  // them out of the test's sight.
  test.use({ serviceWorkers: "block" });

  test("is kept as attached and opened again after the reload, not dropped silently", async ({ chat, page }) => {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.context().route("**/turbopack-worker*", async (route) => {
      await held;
      // The page that asked before the reload is gone: its request is not continued.
      await route.continue().catch(() => undefined);
    });
    await chat.goto();
    const tray = page.locator('form:has([data-testid="composer"])');
    await attachInput(page).setInputFiles(report);
    await expect(tray.getByTestId("attachment-pending")).toBeVisible();
    await expect.poll(() => storedDraftFiles(page)).toEqual(["report.pdf (opening)"]);

    await chat.reload();
    await expect(tray.getByTestId("attachment-pending")).toBeVisible();
    release();
    await expect(tray.getByTestId("document-page-count")).toHaveText("PDF · 3 pages");
    await expect(tray.getByTestId("attachment-pending")).toHaveCount(0);
    await expect(page.getByTestId("attachment-error")).toHaveCount(0);
    await expect.poll(() => storedDraftFiles(page)).toEqual(["report.pdf"]);
  });
});
