import { readFileSync, writeFileSync } from "node:fs";
import type { Locator, Page } from "@playwright/test";
import { readImageSize } from "../lib/media/sniff";
import { APPS } from "./support/ports";
import { attachInput, expect, test } from "./support/chat-page";
import { requestWith, uniqueMarker } from "./support/stand-in-client";
import { expectBoxAt } from "./support/geometry";
import { noisePng } from "./support/png";

const fixture = (name: string) => readFileSync(`e2e/fixtures/${name}`);
const png = (name: string) => ({ name, mimeType: "image/png", buffer: fixture(name) });

/** The normalised boxes of fixtures/README.md for shapes.png. */
const SHAPES: Record<string, [number, number, number, number]> = {
  "red circle": [100, 333, 300, 667],
  "blue rectangle": [420, 200, 620, 467],
  "orange square": [430, 667, 550, 867],
  "green triangle": [700, 633, 900, 933],
};


async function attach(page: Page, files: Parameters<Locator["setInputFiles"]>[0]) {
  await attachInput(page).setInputFiles(files);
}

test("grounding boxes on shapes.png land within 2 px of each object, also after a resize", async ({ chat, page }) => {
  await chat.goto();
  await attach(page, png("shapes.png"));
  await expect(page.getByTestId("attachment-thumb")).toHaveCount(1);
  await chat.send(`[[scenario:grounding-shapes]] ${uniqueMarker()}`);
  await chat.waitForAnswerDone();
  const overlay = chat.lastAssistant().getByTestId("grounding-overlay");
  const img = chat.lastAssistant().getByTestId("vision-answer").locator("img").first();
  const boxes = overlay.getByTestId("grounding-box");
  await expect(boxes).toHaveCount(4);
  const check = async () => {
    for (const [i, coords] of Object.values(SHAPES).entries()) await expectBoxAt(boxes.nth(i), img, coords);
  };
  await check();
  await expect(boxes.first()).toContainText("red circle");
  // The figure is named by its picture, not by the buttons under it.
  const alt = await img.getAttribute("alt");
  expect(alt).toBeTruthy();
  await expect(chat.lastAssistant().getByRole("figure")).toHaveAccessibleName(alt!);
  await page.setViewportSize({ width: 700, height: 900 });
  await expect.poll(async () => (await img.boundingBox())!.width).toBeLessThan(690);
  await check();
  // Raw box tokens are never visible.
  await expect(chat.lastAssistant()).not.toContainText("begin_of_box");
});

test("hovering a box highlights its text and the reverse; the overlay can be hidden", async ({ chat, page }) => {
  await chat.goto();
  await attach(page, png("shapes.png"));
  await expect(page.getByTestId("attachment-thumb")).toHaveCount(1);
  await chat.send(`[[scenario:grounding-shapes]] ${uniqueMarker()}`);
  await chat.waitForAnswerDone();
  const answer = chat.lastAssistant();
  const box = answer.getByTestId("grounding-box").nth(1);
  await box.hover();
  await expect(answer.getByTestId("overlay-legend-item").nth(1)).toHaveAttribute("data-active", "true");
  await answer.getByTestId("overlay-legend-item").nth(3).hover();
  await expect(answer.getByTestId("grounding-box").nth(3)).toHaveAttribute("data-active", "true");
  // The legend names each box by its numbers, never the markup around them (<bbox>, box tokens).
  await expect(answer.getByTestId("overlay-legend-item").nth(3)).toHaveText(/^[^<]*\[700, 633, 900, 933\]$/);
  await expect(answer.getByTestId("overlay-legend")).not.toContainText("<");
  // And the keyboard reaches it: focusing an entry highlights its box.
  await page.mouse.move(0, 0);
  await answer.getByTestId("overlay-legend-item").nth(2).focus();
  await expect(answer.getByTestId("grounding-box").nth(2)).toHaveAttribute("data-active", "true");
  await answer.getByTestId("overlay-toggle").click();
  await expect(answer.getByTestId("grounding-overlay")).toHaveCount(0);
  await answer.getByTestId("overlay-toggle").click();
  await expect(answer.getByTestId("grounding-box")).toHaveCount(4);
  const download = page.waitForEvent("download");
  await answer.getByTestId("download-annotated").click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/annotated\.png$/);
  const bytes = readFileSync((await file.path())!);
  expect(readImageSize(bytes, "image/png")).toEqual({ width: 1000, height: 600 });
});

test("the GUI agent click lands on the Save button within 2 px, with labelled sections", async ({ chat, page }) => {
  await chat.goto();
  await attach(page, png("gui-settings.png"));
  await expect(page.getByTestId("attachment-thumb")).toHaveCount(1);
  await chat.send(`[[scenario:gui-click]] ${uniqueMarker()}`);
  await chat.waitForAnswerDone();
  const answer = chat.lastAssistant();
  const img = answer.getByTestId("vision-answer").locator("img").first();
  const marker = answer.getByTestId("gui-action");
  await expect(marker).toHaveAttribute("data-action-type", "click");
  for (const width of [1280, 800]) {
    await page.setViewportSize({ width, height: 900 });
    const i = (await img.boundingBox())!;
    const m = (await marker.boundingBox())!;
    expect(Math.abs(m.x + m.width / 2 - (i.x + 0.281 * i.width))).toBeLessThanOrEqual(2);
    expect(Math.abs(m.y + m.height / 2 - (i.y + 0.479 * i.height))).toBeLessThanOrEqual(2);
  }
  await expect(answer.getByTestId("agent-section-memory")).toContainText("settings page");
  await expect(answer.getByTestId("agent-section-action")).toContainText("left_click");
});

/** The first quantisation value (the DC step) of a JPEG: which encoder made the file. */
function dcStep(bytes: Uint8Array): number {
  for (let i = 2; i + 5 < bytes.length; i += 2 + ((bytes[i + 2] << 8) | bytes[i + 3])) {
    if (bytes[i + 1] === 0xdb) return bytes[i + 5];
  }
  return -1;
}

// Stored 400 x H, tagged orientation 6 (rotate 90° CW). H = 208 is 13 whole 16 px MCUs, so the
// app turns the blocks losslessly (the source's own quantisation survives); H = 200 is 12.5 MCUs
// but 25 whole luma blocks (Samsung's 4000 x 3000 in small): turned in the DCT domain too, chroma
// shifted by half a block, the source's tables kept; H = 204 is 25.5 luma blocks and takes the
// browser's decode + draw + encode at 0.92. Either way: upright, the box on the object.
for (const { height, lossless } of [
  { height: 204, lossless: false },
  { height: 200, lossless: true },
  { height: 208, lossless: true },
]) {
  test(`an EXIF-rotated ${400}x${height} JPEG is sent upright and the box lands on the object`, async ({ chat, page }) => {
    await chat.goto();
    // A red square at (20..80, 20..80): upright it sits at x H-80..H-20, y 20..80, i.e. about [600,50,900,200].
    const jpeg = await page.evaluate(async (h) => {
      const c = document.createElement("canvas");
      c.width = 400;
      c.height = h;
      const g = c.getContext("2d")!;
      g.fillStyle = "#fff";
      g.fillRect(0, 0, 400, h);
      g.fillStyle = "#f00";
      g.fillRect(20, 20, 60, 60);
      // Quality 0.5: its DC step (16) tells the source's coding from the app's 0.92 (3).
      const blob = await new Promise<Blob>((r) => c.toBlob((b) => r(b!), "image/jpeg", 0.5));
      const raw = new Uint8Array(await blob.arrayBuffer());
      // APP1 Exif, big-endian TIFF, one IFD entry: Orientation (0x0112) SHORT = 6.
      const exif = [0xff, 0xe1, 0x00, 0x22, 0x45, 0x78, 0x69, 0x66, 0x00, 0x00, 0x4d, 0x4d, 0x00, 0x2a, 0x00, 0x00, 0x00, 0x08,
        0x00, 0x01, 0x01, 0x12, 0x00, 0x03, 0x00, 0x00, 0x00, 0x01, 0x00, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00];
      return [...raw.slice(0, 2), ...exif, ...raw.slice(2)];
    }, height);
    await attach(page, { name: "rotated.jpg", mimeType: "image/jpeg", buffer: Buffer.from(jpeg) });
    await expect(page.getByTestId("attachment-thumb")).toHaveCount(1);
    const marker = uniqueMarker();
    await chat.send(`[[scenario:box]] [[box:600,50,900,200]] ${marker}`);
    await chat.waitForAnswerDone();
    const sent = (await requestWith(marker)).body as { messages: Array<{ content: Array<{ image_url?: { url: string } }> }> };
    const base64 = sent.messages.at(-1)!.content.find((p) => p.image_url)!.image_url!.url;
    const bytes = Buffer.from(base64, "base64");
    expect(readImageSize(bytes)).toEqual({ width: height, height: 400 });
    expect(dcStep(bytes) === dcStep(Uint8Array.from(jpeg))).toBe(lossless);
    expect(bytes.includes("Exif")).toBe(false);
    // The pixel under the box centre in the displayed image is the red square.
    const box = chat.lastAssistant().getByTestId("grounding-box");
    const img = chat.lastAssistant().getByTestId("vision-answer").locator("img").first();
    await expectBoxAt(box, img, [600, 50, 900, 200]);
    const rgb = await img.evaluate((el: HTMLImageElement) => {
      const c = document.createElement("canvas");
      c.width = el.naturalWidth;
      c.height = el.naturalHeight;
      const g = c.getContext("2d")!;
      g.drawImage(el, 0, 0);
      return [...g.getImageData(150, 50, 1, 1).data.slice(0, 3)];
    });
    expect(rgb[0]).toBeGreaterThan(200);
    expect(rgb[1]).toBeLessThan(60);
  });
}

test("a pasted image and a dropped image both arrive in the draft", async ({ chat, page }) => {
  await chat.goto();
  const b64 = fixture("shapes.png").toString("base64");
  await chat.composer.click();
  await page.evaluate((data) => {
    const bytes = Uint8Array.from(atob(data), (c) => c.charCodeAt(0));
    const dt = new DataTransfer();
    dt.items.add(new File([bytes], "pasted.png", { type: "image/png" }));
    document.querySelector("[data-testid=composer]")!.dispatchEvent(new ClipboardEvent("paste", { clipboardData: dt, bubbles: true, cancelable: true }));
  }, b64);
  await expect(page.getByTestId("attachment-thumb")).toHaveCount(1);
  await page.evaluate((data) => {
    const bytes = Uint8Array.from(atob(data), (c) => c.charCodeAt(0));
    const dt = new DataTransfer();
    dt.items.add(new File([bytes], "dropped.png", { type: "image/png" }));
    const zone = document.querySelector("[data-testid=message-list]")!;
    for (const type of ["dragenter", "dragover", "drop"]) zone.dispatchEvent(new DragEvent(type, { dataTransfer: dt, bubbles: true, cancelable: true }));
  }, b64);
  await expect(page.getByTestId("attachment-thumb")).toHaveCount(2);
  await page.getByTestId("attachment-remove").first().click();
  await expect(page.getByTestId("attachment-thumb")).toHaveCount(1);
});

test("files dropped on the header or the history column join the draft, not a dialog's", async ({ chat, page }) => {
  await chat.goto();
  const b64 = fixture("shapes.png").toString("base64");
  const dropOn = (selector: string, steps: string[]) =>
    page.evaluate(
      ([data, selector, steps]) => {
        const dt = new DataTransfer();
        dt.items.add(new File([Uint8Array.from(atob(data), (c) => c.charCodeAt(0))], "dropped.png", { type: "image/png" }));
        const target = document.querySelector(selector)!;
        // Whether the page took the drop: an untaken one is left for the browser (it opens the file).
        return steps.map((type) => target.dispatchEvent(new DragEvent(type, { dataTransfer: dt, bubbles: true, cancelable: true })));
      },
      [b64, selector, steps] as const,
    );
  expect(await dropOn("[data-testid=new-chat-button]", ["dragenter", "dragover"])).toEqual([false, false]);
  await expect(page.getByTestId("drop-overlay")).toBeVisible();
  expect(await dropOn("[data-testid=new-chat-button]", ["drop"])).toEqual([false]);
  await expect(page.getByTestId("drop-overlay")).toHaveCount(0);
  await expect(page.getByTestId("attachment-thumb")).toHaveCount(1);
  await dropOn("[data-testid=history-search]", ["dragenter", "dragover", "drop"]);
  await expect(page.getByTestId("attachment-thumb")).toHaveCount(2);
  // Over an open dialog the drop is still kept from the browser, but nothing is attached behind it.
  await chat.openSettings();
  expect(await dropOn("[data-testid=settings-panel]", ["dragover", "drop"])).toEqual([false, false]);
  await expect(page.getByTestId("drop-overlay")).toHaveCount(0);
  await page.keyboard.press("Escape");
  await expect(page.getByTestId("settings-panel")).toHaveCount(0);
  await expect(page.getByTestId("attachment-thumb")).toHaveCount(2);
});

test.describe("Send while a file is still being prepared", () => {
  // The image worker's script is held to keep the file "preparing"; the app's service worker
  // would fetch it out of the test's sight.
  test.use({ serviceWorkers: "block" });

  async function holdImageWorker(page: Page) {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.context().route("**/turbopack-worker*", async (route) => {
      await held;
      await route.continue();
    });
    return release;
  }

  test("the message goes once the image is ready; Cancel keeps everything", async ({ chat, page }) => {
    const release = await holdImageWorker(page);
    await chat.goto();
    await attach(page, png("shapes.png"));
    await expect(page.getByTestId("attachment-pending")).toBeVisible();
    const marker = uniqueMarker();
    await chat.composer.fill(`[[scenario:no-reasoning]] what is this ${marker}`);
    await chat.composer.press("Enter");
    await expect(page.getByTestId("send-queued")).toHaveText(/Sends as soon as the files are ready/);
    await expect(chat.sendButton).toBeDisabled();
    await page.getByTestId("send-queued-cancel").click();
    await expect(page.getByTestId("send-queued")).toHaveCount(0);
    await expect(chat.composer).toHaveValue(`[[scenario:no-reasoning]] what is this ${marker}`);
    await expect(chat.composer).toBeEditable();
    await expect(chat.sendButton).toBeEnabled();
    await chat.sendButton.click();
    await expect(page.getByTestId("send-queued")).toBeVisible();
    await expect(page.getByTestId("message-user")).toHaveCount(0);
    // What goes is what was there when Send was pressed: the box holds it until then (typed on,
    // the later words went out unseen), and Cancel above opened it again.
    await expect(chat.composer).not.toBeEditable();
    await expect(chat.composer).toHaveAccessibleDescription(/Sends as soon as the files are ready/);
    release();
    await expect(page.getByTestId("message-user")).toContainText(marker);
    await expect(page.getByTestId("message-user").locator("img")).toHaveCount(1);
    await expect(page.getByTestId("send-queued")).toHaveCount(0);
    await expect(chat.composer).toHaveValue("");
    const sent = (await requestWith(marker)).body as { messages: Array<{ content: Array<{ type: string }> }> };
    expect(sent.messages.at(-1)!.content.map((p) => p.type)).toEqual(["image_url", "text"]);
  });

  test("leaving the chat before the files are ready sends nothing there, and the chat says so when it is back", async ({ chat, page }) => {
    await chat.goto();
    const first = uniqueMarker();
    await chat.ask(`[[scenario:no-reasoning]] ${first}`);
    const release = await holdImageWorker(page);
    await attach(page, png("shapes.png"));
    await expect(page.getByTestId("attachment-pending")).toBeVisible();
    const marker = uniqueMarker();
    await chat.composer.fill(`[[scenario:no-reasoning]] and this picture ${marker}`);
    await chat.composer.press("Enter");
    await expect(page.getByTestId("send-queued")).toBeVisible();

    await page.getByTestId("new-chat-button").click();
    await expect(page.getByTestId("message-user")).toHaveCount(0);
    await expect(page.getByTestId("send-left-unsent")).toHaveCount(0);
    release();
    await chat.conversationItem(first).click();
    await expect(page.getByTestId("message-user")).toHaveCount(1);
    await expect(page.getByTestId("send-left-unsent")).toHaveText(/Not sent: you switched chats before its files were ready/);
    await expect(chat.composer).toHaveValue(`[[scenario:no-reasoning]] and this picture ${marker}`);
    await page.getByTestId("send-left-unsent-send").click();
    await expect(page.getByTestId("message-user").nth(1)).toContainText(marker);
    await expect(page.getByTestId("message-user").nth(1).locator("img")).toHaveCount(1);
    await expect(page.getByTestId("send-left-unsent")).toHaveCount(0);
  });

  test("a file refused meanwhile sends nothing, and what was typed stays", async ({ chat, page }) => {
    const release = await holdImageWorker(page);
    await chat.goto();
    // A PNG signature over bytes that do not decode: refused by the preparation, not at the door.
    const broken = Buffer.concat([fixture("shapes.png").subarray(0, 64), Buffer.alloc(512, 7)]);
    await attach(page, { name: "broken.png", mimeType: "image/png", buffer: broken });
    await expect(page.getByTestId("attachment-pending")).toBeVisible();
    await chat.composer.fill("look at this");
    await chat.composer.press("Enter");
    await expect(page.getByTestId("send-queued")).toBeVisible();
    release();
    await expect(page.getByTestId("attachment-error")).toContainText("broken.png");
    await expect(page.getByTestId("send-queued")).toHaveCount(0);
    await expect(chat.composer).toHaveValue("look at this");
    await expect(page.getByTestId("message-user")).toHaveCount(0);
  });
});

test("removing a file from the keyboard moves focus to the next file, then to the message box", async ({ chat, page }) => {
  await chat.goto();
  await attach(page, [png("shapes.png"), { name: "notes.txt", mimeType: "text/plain", buffer: Buffer.from("a note\n") }]);
  const removes = page.getByTestId("draft-files").getByTestId("attachment-remove");
  await expect(removes).toHaveCount(2);
  await removes.first().focus();
  await page.keyboard.press("Enter");
  await expect(removes).toHaveCount(1);
  await expect(removes.first()).toBeFocused();
  await expect(removes.first()).toHaveAccessibleName("Remove notes.txt");
  await page.keyboard.press("Enter");
  await expect(removes).toHaveCount(0);
  await expect(chat.composer).toBeFocused();
});

test("sent beside a PDF, a picture gets the boxes, and each image to draw on is named after its file or page", async ({ chat, page }) => {
  await chat.goto();
  await attach(page, [png("shapes.png"), { name: "report.pdf", mimeType: "application/pdf", buffer: fixture("report-3pages.pdf") }]);
  await expect(page.getByTestId("attachment-thumb")).toHaveCount(2);
  await expect(page.getByTestId("document-page-count")).toHaveText("PDF · 3 pages");
  await chat.send(`[[scenario:grounding-shapes]] ${uniqueMarker()}`);
  await chat.waitForAnswerDone();
  const answer = chat.lastAssistant().getByTestId("vision-answer");
  await expect(answer.getByRole("img", { name: "shapes.png with the model's boxes" })).toBeVisible();
  const choices = answer.getByTestId("overlay-image-choice");
  await expect(choices).toHaveText(["shapes.png", "report.pdf, page 1", "report.pdf, page 2", "report.pdf, page 3"]);
  await expect(choices.first()).toHaveAttribute("aria-checked", "true");
  await choices.nth(2).click();
  await expect(choices.nth(2)).toHaveAttribute("aria-checked", "true");
  await expect(answer.getByRole("img", { name: "report.pdf — page 2 with the model's boxes" })).toBeVisible();
  // The pick stays when the chat is left and opened again.
  const title = await page.getByTestId("chat-title").textContent();
  await page.getByTestId("new-chat-button").click();
  await expect(page.getByTestId("message-user")).toHaveCount(0);
  await chat.conversationItem(title!).click();
  await expect(choices.nth(2)).toHaveAttribute("aria-checked", "true");
  await expect(answer.getByRole("img", { name: "report.pdf — page 2 with the model's boxes" })).toBeVisible();
});

test("a 7000 px image is sent at most 6000 px wide and under 5 MB", async ({ chat, page }) => {
  test.setTimeout(180_000);
  await chat.goto();
  const original = noisePng(7000, 1200);
  expect(original.length).toBeGreaterThan(5_000_000);
  await attach(page, { name: "wide.png", mimeType: "image/png", buffer: original });
  await expect(page.getByTestId("attachment-thumb")).toHaveCount(1, { timeout: 30_000 });
  const marker = uniqueMarker();
  await chat.send(`[[scenario:no-reasoning]] ${marker}`);
  const sent = (await requestWith(marker)).body as { messages: Array<{ content: Array<{ image_url?: { url: string } }> }> };
  const bytes = Buffer.from(sent.messages.at(-1)!.content.find((p) => p.image_url)!.image_url!.url, "base64");
  const size = readImageSize(bytes)!;
  expect(Math.max(size.width, size.height)).toBeLessThanOrEqual(6000);
  expect(bytes.length).toBeLessThan(5_000_000);
});

test("an SVG renamed .png is refused in plain words and the draft text is kept", async ({ chat, page }) => {
  await chat.goto();
  await chat.composer.fill("keep this text");
  await attach(page, { name: "evil.png", mimeType: "image/png", buffer: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><rect width="10" height="10"/></svg>') });
  await expect(page.getByTestId("attachment-error")).toContainText(/SVG/i);
  await expect(page.getByTestId("attachment-thumb")).toHaveCount(0);
  await expect(chat.composer).toHaveValue("keep this text");
});

test("the server refuses mistyped image bytes with the envelope", async () => {
  const res = await fetch(`${APPS.zai.url}/api/chat`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ model: "glm-4.5v", messages: [{ role: "user", content: [{ type: "image", mimeType: "image/png", data: Buffer.from("<svg></svg>").toString("base64") }] }] }),
  });
  expect(res.status).toBe(400);
  expect((await res.json()).code).toBe("unsupported_media");
});

test("images travel as raw base64 for zai and as data: URLs for openai", async ({ chat, page }) => {
  for (const app of [APPS.zai, APPS.openai]) {
    await chat.goto(app.url);
    await attach(page, png("shapes.png"));
    await expect(page.getByTestId("attachment-thumb")).toHaveCount(1);
    const marker = uniqueMarker();
    await chat.send(`[[scenario:grounding-shapes]] ${marker}`);
    await chat.waitForAnswerDone();
    const recorded = await requestWith(marker);
    const part = (recorded.body as { messages: Array<{ content: Array<{ type: string; image_url?: { url: string } }> }> }).messages.at(-1)!.content.find((p) => p.type === "image_url")!;
    if (app === APPS.zai) {
      expect(recorded.path).toBe("/api/paas/v4/chat/completions");
      expect(part.image_url!.url.startsWith("iVBORw0KGgo")).toBe(true);
    } else {
      expect(recorded.path).toBe("/v1/chat/completions");
      expect(part.image_url!.url.startsWith("data:image/png;base64,iVBORw0KGgo")).toBe(true);
      expect((recorded.body as { skip_special_tokens: boolean }).skip_special_tokens).toBe(false);
      // vLLM's `delta.reasoning` is read like reasoning_content.
      await expect(chat.lastAssistant().getByTestId("message-reasoning")).toBeVisible();
    }
    await expect(chat.lastAssistant().getByTestId("grounding-box")).toHaveCount(4);
  }
});

test("a text-only model takes text files and refuses images by name, with the reason", async ({ chat, page }) => {
  await chat.goto();
  await attach(page, png("shapes.png"));
  await expect(page.getByTestId("attachment-thumb")).toHaveCount(1);
  await attach(page, { name: "notes.txt", mimeType: "text/plain", buffer: Buffer.from("a text-only model reads this\n") });
  await chat.pickModel("glm-4.6");
  await expect(page.getByTestId("attach-button")).toBeEnabled();
  await expect(page.getByTestId("attach-button")).toHaveAttribute("aria-label", /Attach text files.*reads text only/);
  await expect(page.getByTestId("attach-input")).toHaveAttribute("accept", /text\/\*/);
  await expect(page.getByTestId("attach-input")).not.toHaveAttribute("accept", /image|pdf/);
  await expect(page.getByTestId("attachment-warning")).toContainText(/reads text only/);
  await chat.composer.fill("hello");
  await expect(chat.sendButton).toBeDisabled();
  // Removing the image keeps the text file, which the model can read.
  await page.getByTestId("remove-all-attachments").click();
  await expect(page.getByTestId("attachment-thumb")).toHaveCount(0);
  await expect(page.getByTestId("text-file-chip")).toContainText("notes.txt");
  await expect(chat.sendButton).toBeEnabled();

  // Dragging files over the chat says what this model takes; a dropped image is refused by name.
  const dragOver = (type: string) =>
    page.evaluate(([data, type]) => {
      const dt = new DataTransfer();
      dt.items.add(new File([Uint8Array.from(atob(data), (c) => c.charCodeAt(0))], "shapes.png", { type: "image/png" }));
      const zone = document.querySelector("[data-testid=message-list]")!;
      const events = type === "drop" ? ["drop"] : ["dragenter", "dragover"];
      for (const t of events) zone.dispatchEvent(new DragEvent(t, { dataTransfer: dt, bubbles: true, cancelable: true }));
    }, [fixture("shapes.png").toString("base64"), type] as const);
  await dragOver("over");
  await expect(page.getByTestId("drop-overlay")).toHaveText("Drop text files to attach (GLM-4.6 reads text only)");
  await dragOver("drop");
  await expect(page.getByTestId("drop-overlay")).toHaveCount(0);
  await expect(page.getByTestId("attachment-error")).toContainText('"shapes.png" was not attached: GLM-4.6 reads text only.');
  // A text file (here through the input) is taken.
  await attach(page, [{ name: "more.md", mimeType: "text/markdown", buffer: Buffer.from("# more notes\n") }]);
  await expect(page.getByTestId("text-file-chip")).toHaveCount(2);
  await expect(page.getByTestId("attachment-thumb")).toHaveCount(0);
  const marker = uniqueMarker();
  await chat.send(`Summarise ${marker}`);
  await chat.waitForAnswerDone();
  const user = ((await requestWith(marker)).body as { messages: Array<{ role: string; content: unknown }> }).messages.at(-1)!;
  expect(typeof user.content).toBe("string");
  expect(user.content).toContain("File: notes.txt");
  expect(user.content).toContain("File: more.md");
});

test("a video plays in the message and timestamps in the answer seek it", async ({ chat, page }) => {
  await chat.goto();
  await attach(page, { name: "clip.mp4", mimeType: "video/mp4", buffer: fixture("clip.mp4") });
  await expect(page.getByTestId("attachment-thumb")).toHaveAttribute("data-kind", "video");
  const marker = uniqueMarker();
  await chat.send(`[[scenario:video-timestamps]] ${marker}`);
  await chat.waitForAnswerDone();
  const sent = (await requestWith(marker)).body as { messages: Array<{ content: Array<{ type: string; video_url?: { url: string } }> }> };
  expect(sent.messages.at(-1)!.content.find((p) => p.type === "video_url")!.video_url!.url).toBe(fixture("clip.mp4").toString("base64"));
  const video = page.getByTestId("message-video");
  await expect(video).toBeVisible();
  // Named as the images are: by its file name, and as a video.
  await expect(video).toHaveAccessibleName("clip.mp4, video");
  await chat.lastAssistant().getByTestId("timestamp-link").filter({ hasText: "00:02" }).click();
  await expect.poll(() => video.evaluate((v: HTMLVideoElement) => v.currentTime)).toBeGreaterThanOrEqual(1.9);
});

test("in demo mode any video gets an answer whose times seek it (the feature shown without a marker)", async ({ chat, page }) => {
  await chat.goto(APPS.demo.url);
  await attach(page, { name: "clip.mp4", mimeType: "video/mp4", buffer: fixture("clip.mp4") });
  await expect(page.getByTestId("attachment-thumb")).toHaveAttribute("data-kind", "video");
  await chat.send("What happens in this clip?");
  await chat.waitForAnswerDone();
  await expect(chat.lastAssistant()).toContainText("Demo mode cannot watch videos");
  const video = page.getByTestId("message-video");
  await chat.lastAssistant().getByTestId("timestamp-link").filter({ hasText: "00:02" }).click();
  await expect.poll(() => video.evaluate((v: HTMLVideoElement) => v.currentTime)).toBeGreaterThanOrEqual(1.9);
});

test("a video over the cap is refused with the cap in the message", async ({ chat, page }, testInfo) => {
  await chat.goto();
  // VIDEO_LIMIT_MB is 50, but a 40 MB body carries 29 MB of video as base64: that is the cap.
  const big = Buffer.alloc(31 * 1024 * 1024);
  fixture("clip.mp4").copy(big);
  const path = testInfo.outputPath("huge.mp4");
  writeFileSync(path, big);
  await chat.composer.fill("my question");
  await attach(page, path);
  await expect(page.getByTestId("attachment-error")).toContainText(/at most 29 MB/);
  await expect(chat.composer).toHaveValue("my question");
});

test("a WebP image is converted to PNG before sending", async ({ chat, page }) => {
  await chat.goto();
  const webp = await page.evaluate(async () => {
    const c = document.createElement("canvas");
    c.width = 120;
    c.height = 80;
    const g = c.getContext("2d")!;
    g.fillStyle = "#0a0";
    g.fillRect(0, 0, 120, 80);
    const blob = await new Promise<Blob>((r) => c.toBlob((b) => r(b!), "image/webp", 0.9));
    return [...new Uint8Array(await blob.arrayBuffer())];
  });
  await attach(page, { name: "pic.webp", mimeType: "image/webp", buffer: Buffer.from(webp) });
  await expect(page.getByTestId("attachment-thumb")).toHaveCount(1);
  const marker = uniqueMarker();
  await chat.send(`[[scenario:no-reasoning]] ${marker}`);
  const sent = (await requestWith(marker)).body as { messages: Array<{ content: Array<{ image_url?: { url: string } }> }> };
  const bytes = Buffer.from(sent.messages.at(-1)!.content.find((p) => p.image_url)!.image_url!.url, "base64");
  expect(bytes.subarray(1, 4).toString("latin1")).toBe("PNG");
  expect(readImageSize(bytes)).toEqual({ width: 120, height: 80 });
});

test("an HTML file and an empty file are refused, each in plain words", async ({ chat, page }) => {
  await chat.goto();
  await attach(page, [
    { name: "page.png", mimeType: "image/png", buffer: Buffer.from("<!doctype html><html><body>hi</body></html>") },
    { name: "empty.png", mimeType: "image/png", buffer: Buffer.alloc(0) },
  ]);
  await expect(page.getByTestId("attachment-error")).toHaveCount(2);
  await expect(page.getByTestId("attachment-error").filter({ hasText: /HTML/i })).toHaveCount(1);
  await expect(page.getByTestId("attachment-error").filter({ hasText: /empty/i })).toHaveCount(1);
});

test("a file of no kind the composer takes (a zip) is refused with the kinds it does take", async ({ chat, page }) => {
  await chat.goto();
  await attach(page, [{ name: "backup.zip", mimeType: "application/zip", buffer: Buffer.from("PK\u0003\u0004\u0014\u0000\u0000\u0000\u0008\u0000binary") }]);
  const error = page.getByTestId("attachment-error");
  await expect(error).toContainText('"backup.zip": this kind of file cannot be attached.');
  for (const kind of ["an image", "a video", "a PDF", "a text file"]) await expect(error).toContainText(kind);
  await expect(page.getByTestId("attachment-thumb")).toHaveCount(0);
});

test("a file named as an image or a video whose bytes are neither is called unreadable, not 'this kind of file'", async ({ chat, page }) => {
  await chat.goto();
  const noise = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 97 + 13) % 251));
  await attach(page, [
    { name: "photo.png", mimeType: "image/png", buffer: noise },
    { name: "clip.mp4", mimeType: "video/mp4", buffer: Buffer.alloc(4096) },
  ]);
  const errors = page.getByTestId("attachment-error");
  await expect(errors).toHaveCount(2);
  await expect(errors.filter({ hasText: '"photo.png" is named as an image but is not one the app can read: it may be damaged or incomplete.' })).toHaveCount(1);
  await expect(errors.filter({ hasText: '"clip.mp4" is named as a video but is not one the app can read' })).toHaveCount(1);
  await expect(page.getByTestId("attachment-thumb")).toHaveCount(0);
});

test("prompt presets fill the composer for the three GLM-4.5V jobs", async ({ chat, page }) => {
  await chat.goto();
  for (const [id, text] of [["locate", /\[\[x1,y1,x2,y2\]\]/], ["gui-step", /left_click\(start_box=/], ["web-page", /html/]] as const) {
    await page.getByTestId("composer-tools").click();
    await page.getByTestId(`preset-${id}`).click();
    await expect(chat.composer).toHaveValue(text);
  }
});

test("editing a question shows its image, which goes again with the edited text", async ({ chat, page }) => {
  await chat.goto();
  await attach(page, png("shapes.png"));
  await expect(page.getByTestId("attachment-thumb")).toHaveCount(1);
  await chat.send(`What shapes? ${uniqueMarker()}`);
  await chat.waitForAnswerDone();
  await page.getByTestId("message-user").last().getByTestId("edit-message-button").click();
  const editor = page.getByTestId("message-editor");
  await expect(editor.getByTestId("attachment-thumb")).toHaveCount(1);
  await expect(editor.getByTestId("attachment-thumb")).toHaveAttribute("data-kind", "image");
  const marker = uniqueMarker();
  await editor.getByTestId("edit-message-input").fill(`Which is largest? ${marker}`);
  await editor.getByTestId("edit-save-button").click();
  await chat.waitForAnswerDone();
  const user = ((await requestWith(marker)).body as { messages: Array<{ content: Array<{ type: string }> }> }).messages.at(-1)!;
  expect(user.content.map((p) => p.type)).toEqual(["image_url", "text"]);
  await expect(page.getByTestId("message-user").last().getByTestId("attachment-thumb")).toHaveCount(1);
});

test("editing a question can take out its image or its text file; the question before the edit keeps both", async ({ chat, page }) => {
  await chat.goto();
  await attach(page, [png("shapes.png"), { name: "notes.txt", mimeType: "text/plain", buffer: Buffer.from("circle, square\n") }]);
  await expect(page.getByTestId("attachment-thumb")).toHaveCount(1);
  await expect(page.getByTestId("text-file-chip")).toHaveCount(1);
  await chat.send(`[[scenario:no-reasoning]] What shapes? ${uniqueMarker()}`);
  await chat.waitForAnswerDone();
  const question = page.getByTestId("message-user").last();

  // The image out, the text file kept: the question goes as text alone, its file block first.
  await question.getByTestId("edit-message-button").click();
  const editor = page.getByTestId("message-editor");
  await editor.getByTestId("attachment-remove").click();
  await expect(editor.getByTestId("attachment-thumb")).toHaveCount(0);
  await expect(editor.getByTestId("edit-message-input")).toBeFocused();
  const first = uniqueMarker();
  await editor.getByTestId("edit-message-input").fill(`[[scenario:no-reasoning]] Only the notes ${first}`);
  await editor.getByTestId("edit-save-button").click();
  await chat.waitForAnswerDone();
  const sent = ((await requestWith(first)).body as { messages: Array<{ content: unknown }> }).messages.at(-1)!;
  expect(sent.content).toBe(`File: notes.txt\n\`\`\`txt\ncircle, square\n\`\`\`\n\n[[scenario:no-reasoning]] Only the notes ${first}`);
  await expect(question.getByTestId("attachment-thumb")).toHaveCount(0);
  await expect(question.getByTestId("user-text-file")).toHaveText(/notes\.txt/);

  // Then the text file out too: only what was typed goes.
  await question.getByTestId("edit-message-button").click();
  await editor.getByTestId("user-text-file-remove").click();
  await expect(editor.getByTestId("user-text-file")).toHaveCount(0);
  const second = uniqueMarker();
  await editor.getByTestId("edit-message-input").fill(`[[scenario:no-reasoning]] Nothing attached ${second}`);
  await editor.getByTestId("edit-save-button").click();
  await chat.waitForAnswerDone();
  const bare = ((await requestWith(second)).body as { messages: Array<{ content: unknown }> }).messages.at(-1)!;
  expect(bare.content).toBe(`[[scenario:no-reasoning]] Nothing attached ${second}`);
  await expect(question.getByTestId("user-text-file")).toHaveCount(0);

  // The first version of the question still has its image and its file, also after a reload.
  await chat.reload();
  const again = page.getByTestId("message-user").last();
  await expect(again.getByTestId("version-label")).toHaveText("3/3");
  await again.getByTestId("version-prev").click();
  await again.getByTestId("version-prev").click();
  await expect(again.getByTestId("version-label")).toHaveText("1/3");
  await expect(again.getByTestId("attachment-thumb")).toHaveCount(1);
  await expect(again.getByTestId("user-text-file")).toHaveText(/notes\.txt/);
});

test("editing a question can add an image, a PDF and a text file; a refused file is said in the editor", async ({ chat, page }) => {
  await chat.goto();
  await chat.send(`[[scenario:no-reasoning]] What is in it? ${uniqueMarker()}`);
  await chat.waitForAnswerDone();
  const question = page.getByTestId("message-user").last();
  await question.getByTestId("edit-message-button").click();
  const editor = page.getByTestId("message-editor");
  const add = editor.getByTestId("edit-attach-input");
  await expect(editor.getByTestId("edit-attach-button")).toHaveAccessibleName("Add files to this message");

  // A Word file is refused with its advice, and nothing else changes.
  await add.setInputFiles({ name: "plan.docx", mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", buffer: Buffer.from("PK\u0003\u0004 not really") });
  await expect(editor.getByTestId("edit-files-error")).toContainText("plan.docx");
  await expect(editor.getByTestId("edit-files-error")).toContainText("PDF");

  await add.setInputFiles([{ name: "report.pdf", mimeType: "application/pdf", buffer: fixture("report-3pages.pdf") }, png("shapes.png"), { name: "notes.txt", mimeType: "text/plain", buffer: Buffer.from("circle, square\n") }]);
  await expect(editor.getByTestId("edit-files-error")).toHaveCount(0);
  await expect(editor.getByTestId("edit-files-pending")).toHaveCount(0);
  await expect(editor.getByTestId("attachment-thumb")).toHaveCount(2);
  await expect(editor.locator("[data-testid=attachment-thumb][data-kind=document]")).toHaveAttribute("data-pages", "3");
  await expect(editor.getByTestId("user-text-file")).toHaveText(/notes\.txt/);
  await expect(editor.getByTestId("edit-save-button")).toBeEnabled();
  const marker = uniqueMarker();
  await editor.getByTestId("edit-message-input").fill(`[[scenario:no-reasoning]] Now with files ${marker}`);
  await editor.getByTestId("edit-save-button").click();
  await chat.waitForAnswerDone();

  // Sent as the message box sends: the PDF's intro, the picture, the PDF's pages, then the text (file block first).
  const sent = ((await requestWith(marker)).body as { messages: Array<{ content: Array<{ type: string; text?: string }> }> }).messages.at(-1)!;
  expect(sent.content.map((p) => p.type)).toEqual(["text", "image_url", "image_url", "image_url", "image_url", "text"]);
  expect(sent.content[0].text).toContain("report.pdf");
  expect(sent.content.at(-1)!.text).toBe(`File: notes.txt\n\`\`\`txt\ncircle, square\n\`\`\`\n\n[[scenario:no-reasoning]] Now with files ${marker}`);
  await expect(question.getByTestId("attachment-thumb")).toHaveCount(2);
  await expect(question.locator("[data-testid=attachment-thumb][data-kind=document]")).toHaveAttribute("data-pages", "3");
  await expect(question.getByTestId("user-text-file")).toHaveText(/notes\.txt/);
});

test("the editor checks added files against the model: a text-only model takes text files only", async ({ chat, page }) => {
  await chat.goto();
  await chat.pickModel("glm-4.6");
  await chat.send(`[[scenario:no-reasoning]] Plain question ${uniqueMarker()}`);
  await chat.waitForAnswerDone();
  await page.getByTestId("message-user").last().getByTestId("edit-message-button").click();
  const editor = page.getByTestId("message-editor");
  await editor.getByTestId("edit-attach-input").setInputFiles(png("shapes.png"));
  await expect(editor.getByTestId("edit-files-error")).toContainText("GLM-4.6 reads text only");
  await expect(editor.getByTestId("attachment-thumb")).toHaveCount(0);
  await expect(editor.getByTestId("edit-message-input")).toHaveValue(/Plain question/);
});

test("a chat with a picture switched to a text-only model goes on: earlier files are left out and the model is told", async ({ chat, page }) => {
  await chat.goto();
  await attach(page, png("shapes.png"));
  await expect(page.getByTestId("attachment-thumb")).toHaveCount(1);
  await chat.ask(`[[scenario:grounding-shapes]] ${uniqueMarker()}`);
  // A vision model gets the picture: nothing to say.
  const note = page.getByTestId("earlier-media-note");
  await expect(note).toHaveCount(0);
  await chat.pickModel("glm-4.6");
  // Said before the question is sent, and still after: the reader knows what the model did not see.
  await expect(note).toHaveText("Earlier images, videos and PDF pages in this chat won't be sent to GLM-4.6 (it reads text only).");
  const marker = uniqueMarker();
  await chat.ask(`Summarise the conversation so far ${marker}`);
  await expect(chat.lastAssistant()).toHaveAttribute("data-status", "done");
  await expect(chat.lastAssistant().getByTestId("message-error")).toHaveCount(0);
  const sent = JSON.stringify((await requestWith(marker)).body);
  expect(sent).not.toContain('"image_url"');
  expect(sent).toContain("Files attached here were left out: GLM-4.6 reads text only.");
  // The picture stays in the conversation on screen.
  await expect(page.getByTestId("message-user").first().locator("img")).toHaveCount(1);
  await expect(note).toBeVisible();
  // Back on a vision model, or in a new chat without pictures, the note goes.
  await chat.pickModel("glm-4.5v");
  await expect(note).toHaveCount(0);
  await chat.pickModel("glm-4.6");
  await expect(note).toBeVisible();
  await page.keyboard.press("Control+Shift+O");
  await expect(page.getByTestId("message-user")).toHaveCount(0);
  await expect(note).toHaveCount(0);
});

/**
 * The small server (CHAT_BODY_LIMIT_MB=2, SHARE_LIMIT_MB=1): media travel as base64, so a 2 MB
 * body carries at most ~1.3 MB of video, and two 0.9 MB videos in one chat cannot go together.
 * clip.mp4 padded with a `free` box (valid MP4) to the size a test needs.
 */
const SMALL = APPS.small.url;
const clipOf = (name: string, kb: number) => {
  const clip = fixture("clip.mp4");
  const pad = Buffer.alloc(kb * 1024 - clip.length);
  pad.writeUInt32BE(pad.length, 0);
  pad.write("free", 4, "latin1");
  return { name, mimeType: "video/mp4", buffer: Buffer.concat([clip, pad]) };
};

test.describe("size limits", () => {
  test("a video the body cannot carry is refused when attached; a chat's earlier videos are named before and after a too-large send, and sending without them works", async ({ chat, page }) => {
    await chat.goto(SMALL);
    await attach(page, clipOf("first.mp4", 900));
    await expect(page.getByTestId("attachment-thumb")).toHaveCount(1);
    await chat.send(`first ${uniqueMarker()}`);
    await chat.waitForAnswerDone();
    // VIDEO_LIMIT_MB (50) held to what a 2 MB body carries as base64 (the server's limits are read
    // after the first screen: by the end of an answer they are in).
    await attach(page, clipOf("big.mp4", 1500));
    await expect(page.getByTestId("attachment-error")).toContainText("videos can be at most 1.3 MB");
    await page.getByTestId("attachment-error-dismiss").click();
    await attach(page, clipOf("second.mp4", 900));
    await expect(page.getByTestId("request-size-note")).toHaveAttribute("data-over", "draft");
    await expect(page.getByTestId("request-size-note")).toContainText("earlier images and videos");
    await chat.send(`second ${uniqueMarker()}`);
    const card = chat.lastAssistant().getByTestId("message-error");
    await expect(card).toHaveAttribute("data-code", "payload_too_large");
    await expect(card).toContainText("This chat's earlier images and videos make the request larger than the server takes (2 MB)");
    // Screen readers hear the card's own words, not the code's generic ones.
    await expect(page.getByTestId("live-region")).toContainText("This chat's earlier images and videos make the request larger");
    // The same request can only be refused again.
    await expect(card.getByTestId("retry-button")).toHaveCount(0);
    // Offline it waits for the connection, saying so, as Retry does.
    const without = card.getByTestId("send-without-earlier");
    await page.context().setOffline(true);
    await expect(without).toBeDisabled();
    await expect(without).toHaveAttribute("title", /connection/i);
    await page.context().setOffline(false);
    await without.click();
    await chat.waitForAnswerDone();
    await expect(chat.lastAssistant().getByTestId("message-error")).toHaveCount(0);
  });

  test.describe("in Chinese", () => {
    test.use({ locale: "zh-CN", extraHTTPHeaders: { "Accept-Language": "zh-CN,zh;q=0.9,en;q=0.5" } });

    test("the composer and the share dialog say the size limits before anything is sent, and a share without the videos works", async ({ chat, page }) => {
      await chat.goto(SMALL);
      await attach(page, clipOf("first.mp4", 900));
      await chat.send(`first ${uniqueMarker()}`);
      await chat.waitForAnswerDone();
      await attach(page, clipOf("second.mp4", 900));
      await expect(page.getByTestId("request-size-note")).toContainText("加上此对话中之前的图片和视频");
      await page.getByTestId("leave-earlier-out").click();
      await expect(page.getByTestId("request-size-note")).toHaveCount(0);
      // The 0.9 MB video cannot fit a 1 MB share as base64: said before any upload.
      await page.getByTestId("share-button").click();
      const dialog = page.getByTestId("share-dialog");
      await expect(dialog.getByTestId("share-too-large")).toContainText("此对话中的图片和视频共 900 KB");
      await expect(dialog.getByTestId("share-create-button")).toBeDisabled();
      await dialog.getByTestId("share-without-media").click();
      await expect(dialog.getByTestId("share-include-images")).not.toBeChecked();
      await dialog.getByTestId("share-create-button").click();
      await expect(dialog.getByTestId("share-link")).toHaveValue(/\/s\/[A-Za-z0-9_-]{16,}$/);
    });
  });
});
