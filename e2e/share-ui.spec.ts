/** Sharing from the chat UI: create, open elsewhere (with and without JS), continue, update, revoke. */
import { readFileSync } from "node:fs";
import type { Browser, Page } from "@playwright/test";
import { attachInput, expect, test, type ChatPage } from "./support/chat-page";
import { uniqueMarker } from "./support/stand-in-client";
import { expectBoxAt } from "./support/geometry";

const shapes = { name: "shapes.png", mimeType: "image/png", buffer: readFileSync("e2e/fixtures/shapes.png") };

// The same payloads as e2e/share-page.spec.ts, this time typed into the app and shared from it.
const XSS = [
  "<img src=x onerror=alert(1)>",
  "<script>alert(2)</script>",
  "[click me](javascript:alert(3))",
  '<a href="javascript:alert(4)">link</a>',
  '"><svg onload=alert(5)>',
];

/** The red circle of fixtures/README.md, in 0..1000 coordinates. */
const RED_CIRCLE = [100, 333, 300, 667];

async function turn(chat: ChatPage, text: string) {
  const before = await chat.page.getByTestId("message-assistant").count();
  await chat.send(text);
  await expect(chat.page.getByTestId("message-assistant")).toHaveCount(before + 1);
  await chat.waitForAnswerDone();
}

/** A grounding answer on shapes.png, then a markdown answer. Returns the conversation title. */
async function groundingConversation(chat: ChatPage): Promise<string> {
  await chat.goto();
  await attachInput(chat.page).setInputFiles(shapes);
  await expect(chat.page.getByTestId("attachment-thumb")).toHaveCount(1);
  const first = `[[scenario:grounding-shapes]] Where are the shapes? ${uniqueMarker()}`;
  await turn(chat, first);
  await turn(chat, `Now some markdown please ${uniqueMarker()}`);
  // Over 60 characters with the marker: the title is cut at a word, and says so.
  return "[[scenario:grounding-shapes]] Where are the shapes?…";
}

interface ShareChoice {
  reasoning?: boolean;
  images?: boolean;
  action?: "create" | "update";
  /** On a phone Share is in the header's More menu. */
  phone?: boolean;
}

async function openShareDialog(page: Page, phone = false) {
  if (phone) {
    await page.getByTestId("more-button").click();
    await page.getByTestId("more-share").click();
  } else {
    await expect(page.getByTestId("share-button")).toBeEnabled();
    await page.getByTestId("share-button").click();
  }
}

/** Opens the dialog, sets the choices, publishes and returns the link shown. */
async function share(page: Page, { reasoning = false, images, action = "create", phone = false }: ShareChoice = {}): Promise<string> {
  await openShareDialog(page, phone);
  const dialog = page.getByTestId("share-dialog");
  await expect(dialog).toBeVisible();
  // Left as it is unless asked: a conversation without media has the box disabled.
  if (images !== undefined) await dialog.getByTestId("share-include-images").setChecked(images);
  await dialog.getByTestId("share-include-reasoning").setChecked(reasoning);
  await dialog.getByTestId(action === "create" ? "share-create-button" : "share-update-button").click();
  const link = dialog.getByTestId("share-link");
  await expect(link).toHaveValue(/\/s\/[A-Za-z0-9_-]{16,}$/);
  const url = await link.inputValue();
  await expect(dialog.getByTestId("share-expiry")).toHaveCount(0);
  await dialog.getByTestId("share-dialog-close").click();
  await expect(dialog).toHaveCount(0);
  return url;
}

/** A visitor: another browser context, empty storage. */
async function visit(browser: Browser, url: string, javaScriptEnabled = true) {
  const context = await browser.newContext({ javaScriptEnabled });
  const page = await context.newPage();
  // Hydration mismatches and script errors: the server render and the client must agree.
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  page.on("console", (m) => m.type() === "error" && !/Failed to load resource/.test(m.text()) && errors.push(m.text()));
  const res = await page.goto(url);
  return { context, page, status: res!.status(), errors };
}


/** What the visitor must see on the shared page, with or without JavaScript. */
async function expectSharedConversation(page: Page, title: string) {
  await expect(page.getByTestId("shared-title")).toHaveText(title);
  // This server sets no SHARE_TTL_DAYS: no expiry to speak of (e2e/share-expiry.spec.ts has one).
  await expect(page.getByTestId("shared-expiry")).toHaveCount(0);
  const messages = page.getByTestId("shared-message");
  await expect(messages).toHaveCount(4);
  await expect(messages.nth(0)).toHaveAttribute("data-role", "user");
  await expect(messages.nth(0).getByTestId("shared-image")).toBeVisible();
  // Markdown: the grounding answer's list, the second answer's bold, code block and answer box.
  await expect(messages.nth(1).getByTestId("shared-message-content").locator("li")).toHaveCount(4);
  await expect(messages.nth(3).locator("strong").first()).toHaveText("Demo mode.");
  await expect(messages.nth(3).getByTestId("code-block")).toContainText("export function greet");
  await expect(messages.nth(3).getByTestId("message-answer-box")).toContainText("set ZAI_API_KEY");
  // Grounding boxes drawn on the shared image, where the objects are.
  const vision = messages.nth(1).getByTestId("vision-answer");
  const img = vision.locator("img").first();
  await expect(img).toHaveAttribute("src", /\/s\/[^/]+\/assets\/0$/);
  await expect.poll(() => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth)).toBe(1000);
  const boxes = vision.getByTestId("grounding-box");
  await expect(boxes).toHaveCount(4);
  await expect(boxes.first()).toContainText("red circle");
  await expectBoxAt(boxes.first(), img, RED_CIRCLE);
  await expect(messages.nth(1)).not.toContainText("begin_of_box");
}

test("a link made from a real conversation opens elsewhere: title, markdown, boxes on the image, no reasoning; also without JS", async ({ chat, page, browser }) => {
  await page.context().grantPermissions(["clipboard-read", "clipboard-write"]);
  const title = await groundingConversation(chat);
  await page.getByTestId("share-button").click();
  const dialog = page.getByTestId("share-dialog");
  await expect(dialog.getByTestId("share-explainer")).toContainText("4 messages");
  // Only a chat that continues an earlier one has that note.
  await expect(dialog.getByTestId("share-continues-note")).toHaveCount(0);
  await expect(dialog.getByTestId("share-include-images")).toBeEnabled();
  await expect(dialog.getByTestId("share-include-images")).toBeChecked();
  await expect(dialog.getByTestId("share-include-reasoning")).not.toBeChecked();
  await dialog.getByTestId("share-create-button").click();
  await expect(dialog.getByTestId("share-status")).toContainText("Copied");
  const url = await dialog.getByTestId("share-link").inputValue();
  expect(url).toMatch(new RegExp(`^${new URL(page.url()).origin}/s/[A-Za-z0-9_-]{16,}$`));
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(url);

  const visitor = await visit(browser, url);
  expect(visitor.status).toBe(200);
  await expectSharedConversation(visitor.page, title);
  await expect(visitor.page.getByTestId("shared-reasoning")).toHaveCount(0);
  expect(await visitor.page.content()).not.toContain("I see four shapes");
  // Hydrated: hovering a box highlights its legend entry, as in the app.
  await visitor.page.getByTestId("grounding-box").nth(1).hover();
  await expect(visitor.page.getByTestId("overlay-legend-item").nth(1)).toHaveAttribute("data-active", "true");
  expect(visitor.errors).toEqual([]);
  await visitor.context.close();

  const noJs = await visit(browser, url, false);
  expect(noJs.status).toBe(200);
  await expectSharedConversation(noJs.page, title);
  await noJs.context.close();
});

test("sharing again after new messages offers update (same URL, now with reasoning) or a new link", async ({ chat, page, browser }) => {
  await chat.goto();
  await turn(chat, `First question ${uniqueMarker()}`);
  const url = await share(page);

  await turn(chat, `Second question ${uniqueMarker()}`);
  await page.getByTestId("share-button").click();
  await expect(page.getByTestId("share-existing-notice")).toHaveAttribute("data-stale", "true");
  await expect(page.getByTestId("share-existing-notice")).toContainText("2 messages; it now has 4");
  await page.getByTestId("share-dialog-close").click();
  expect(await share(page, { action: "update", reasoning: true })).toBe(url);

  const visitor = await visit(browser, url);
  await expect(visitor.page.getByTestId("shared-message")).toHaveCount(4);
  await expect(visitor.page.getByTestId("shared-message").nth(2)).toContainText("Second question");
  // Each answer's model by the name the app gives it, not its API id.
  await expect(visitor.page.getByTestId("shared-answer-model")).toHaveText(["GLM-4.5V", "GLM-4.5V"]);
  const reasoning = visitor.page.getByTestId("shared-reasoning");
  await expect(reasoning).toHaveCount(2);
  // Collapsed, as in the app once the answer is there.
  await expect(reasoning.first()).not.toHaveAttribute("open");
  await expect(reasoning.first().locator("summary")).toHaveText(/^Thought for \d+ s$/);
  await visitor.context.close();

  // Nothing new: the dialog still offers both, and "Create new link" makes another URL.
  await page.getByTestId("share-button").click();
  await expect(page.getByTestId("share-existing-notice")).toHaveAttribute("data-stale", "false");
  await page.getByTestId("share-dialog-close").click();
  const second = await share(page, { action: "create" });
  expect(second).not.toBe(url);
  await page.getByTestId("shared-links-button").click();
  const items = page.getByTestId("shared-links-panel").getByTestId("shared-link-item");
  await expect(items).toHaveCount(2);
  await expect(items.first()).toHaveAttribute("data-share-id", second.split("/s/")[1]);
});

test("Continue this chat copies the conversation, images included, into the visitor's own history", async ({ chat, page, browser }) => {
  const title = await groundingConversation(chat);
  const url = await share(page);
  const visitor = await visit(browser, url);
  const ids: string[] = [];
  for (let i = 0; i < 2; i++) {
    if (i) await visitor.page.goto(url);
    // The scripted path, not the no-JavaScript fallback that asks at /?import= first.
    await visitor.page.locator('[data-testid="continue-shared-chat"][data-hydrated]').click();
    await visitor.page.waitForURL(/\/c\/[^/]+$/);
    ids.push(decodeURIComponent(new URL(visitor.page.url()).pathname.split("/").pop()!));
  }
  // Continuing twice makes two conversations, never overwriting the first.
  expect(ids[0]).not.toBe(ids[1]);
  const stored = await visitor.page.evaluate(readHistory, ids[0]);
  expect(stored.conversations).toBe(2);
  expect(stored.title).toBe(title);
  expect(stored.messages.sort()).toEqual(["assistant", "assistant", "user", "user"]);
  expect(stored.attachments).toEqual([{ name: "shapes.png", type: "image/png", size: shapes.buffer.length }]);
  // The visitor's app opens the copy like any of their chats: messages, image, boxes, and it goes on.
  await visitor.page.goto(url.replace(/\/s\/.*$/, `/c/${encodeURIComponent(ids[0])}`));
  await expect(visitor.page.getByTestId("message-user")).toHaveCount(2);
  await expect(visitor.page.getByTestId("grounding-box").first()).toBeVisible();
  await expect(visitor.page.getByTestId("conversation-item")).toHaveCount(2);
  await visitor.page.getByTestId("composer").filter({ visible: true }).fill("[[scenario:no-reasoning]] and now mine");
  await visitor.page.getByTestId("composer").filter({ visible: true }).press("Enter");
  await expect(visitor.page.getByTestId("message-user")).toHaveCount(3);
  await expect(visitor.page.getByTestId("message-assistant").last()).toContainText("Answer without reasoning");
  await visitor.context.close();
});

test("revoking from My shared links makes the link 404 at once", async ({ chat, page, browser }) => {
  await chat.goto();
  await turn(chat, `Soon revoked ${uniqueMarker()}`);
  const url = await share(page);
  const visitor = await visit(browser, url);
  expect(visitor.status).toBe(200);
  await page.getByTestId("shared-links-button").click();
  const panel = page.getByTestId("shared-links-panel");
  const item = panel.locator(`[data-share-id="${url.split("/s/")[1]}"]`);
  await item.getByTestId("revoke-share-button").click();
  await item.locator("[data-testid=revoke-share-button][data-confirm]").click(); // "Yes, revoke"
  await expect(item).toHaveCount(0);
  expect((await visitor.page.reload())!.status()).toBe(404);
  expect((await fetch(url)).status).toBe(404);
  await visitor.context.close();
});

test("deleting what a link shows says the link still shows it; deleting what came after says nothing", async ({ chat, page }) => {
  await chat.goto();
  const shown = `Shared then deleted ${uniqueMarker()}`;
  await turn(chat, shown);
  await share(page);
  const later = `Written after the share ${uniqueMarker()}`;
  await turn(chat, later);

  // The later question was never in the link.
  await page.getByTestId("message-user").last().getByTestId("delete-message-button").click();
  await expect(page.getByTestId("message-undo-toast")).toContainText("Message deleted");
  await expect(page.getByTestId("message-undo-toast-note")).toHaveCount(0);
  await page.getByTestId("message-undo-button").click();
  await expect(page.getByTestId("message-user")).toHaveCount(2);

  await page.getByTestId("message-user").first().getByTestId("delete-message-button").click();
  await expect(page.getByTestId("message-undo-toast-note")).toHaveText("A shared link still shows it until you update or revoke the link.");
  await page.getByTestId("message-undo-button").click();

  await chat.conversationItem(shown).getByTestId("delete-button").click();
  await expect(page.getByTestId("undo-toast-note")).toHaveText("Its shared link still works: revoke it under My shared links.");
});

test("by keyboard: creating or updating a link moves focus to the link and says so in a status", async ({ chat, page }) => {
  await page.context().grantPermissions(["clipboard-read", "clipboard-write"]);
  await chat.goto();
  await turn(chat, `[[scenario:no-reasoning]] First ${uniqueMarker()}`);
  const dialog = page.getByTestId("share-dialog");
  const link = dialog.getByTestId("share-link");
  for (const [button, said] of [["share-create-button", "Link created. Copied to the clipboard."], ["share-update-button", "Link updated: same URL, new content. Copied to the clipboard."]] as const) {
    await expect(page.getByTestId("share-button")).toBeEnabled();
    await page.getByTestId("share-button").focus();
    await page.keyboard.press("Enter");
    await expect(dialog).toBeVisible();
    await dialog.getByTestId(button).focus();
    await page.keyboard.press("Enter");
    // The pressed button is gone: focus is on the link, selected for copying, not lost to the dialog.
    await expect(link).toBeFocused();
    await expect(link).toHaveValue(/\/s\/[A-Za-z0-9_-]{16,}$/);
    expect(await link.evaluate((el: HTMLInputElement) => el.value.slice(el.selectionStart ?? 0, el.selectionEnd ?? 0))).toBe(await link.inputValue());
    // Read out: the words are in a status region.
    await expect(dialog.getByRole("status")).toHaveText(said);
    await page.keyboard.press("Tab");
    await expect(dialog.getByTestId("share-copy-button")).toBeFocused();
    await page.keyboard.press("Escape");
    await expect(dialog).toHaveCount(0);
    await turn(chat, `[[scenario:no-reasoning]] Then ${uniqueMarker()}`);
  }
});

test("a conversation without images, videos or PDF pages offers no images choice", async ({ chat, page }) => {
  await chat.goto();
  await turn(chat, `[[scenario:no-reasoning]] Only words here ${uniqueMarker()}`);
  await openShareDialog(page);
  const box = page.getByTestId("share-dialog").getByTestId("share-include-images");
  await expect(box).toBeDisabled();
  await expect(box).not.toBeChecked();
  // What a screen reader is told: the box is unavailable, and its name says why.
  await expect(page.getByRole("checkbox", { name: /none in this conversation/, disabled: true })).toBeVisible();
});

test("on a phone Share is in the header's More menu and the dialog lists my links", async ({ chat, page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await chat.goto();
  await turn(chat, `[[scenario:no-reasoning]] Small screen ${uniqueMarker()}`);
  await expect(page.getByTestId("share-button")).toBeHidden();
  const box = (await page.getByTestId("more-button").boundingBox())!;
  expect(box.x + box.width).toBeLessThanOrEqual(390);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  const url = await share(page, { phone: true });
  await openShareDialog(page, true);
  await page.getByTestId("my-shared-links").locator("summary").click();
  await expect(page.getByTestId("share-dialog").getByTestId("shared-link-item").first()).toHaveAttribute("data-share-id", url.split("/s/")[1]);
});

for (const javaScriptEnabled of [true, false]) {
  test(`XSS typed into a shared conversation stays text (visitor JavaScript ${javaScriptEnabled ? "on" : "off"})`, async ({ chat, page, browser }) => {
    await chat.goto();
    const dialogs: string[] = [];
    page.on("dialog", (d) => void d.dismiss().then(() => dialogs.push(d.message())));
    const text = XSS.join("\n");
    await turn(chat, text);
    const url = await share(page, { reasoning: true });
    const visitor = await visit(browser, url, javaScriptEnabled);
    visitor.page.on("dialog", (d) => void d.dismiss().then(() => dialogs.push(d.message())));
    const p = visitor.page;
    await expect(p.getByTestId("shared-title")).toHaveText(XSS[0]);
    await expect(p.getByTestId("shared-message").first().getByTestId("shared-message-content")).toHaveText(text);
    // The echoing answer carries the payloads through markdown: there too only as text.
    await expect(p.getByTestId("shared-message").nth(1)).toContainText("<script>alert(2)</script>");
    expect(await p.locator('img[src="x"], [onerror], [onload]').count()).toBe(0);
    expect(await p.locator('a[href^="javascript:" i]').count()).toBe(0);
    const html = await (await fetch(url)).text();
    for (const raw of ["<script>alert", "<img src=x", "<svg onload", 'href="javascript:']) expect(html).not.toContain(raw);
    expect(dialogs).toEqual([]);
    await visitor.context.close();
  });
}

/** Runs in the page: what IndexedDB `glm-chat` holds for one conversation. */
async function readHistory(id: string) {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const req = indexedDB.open("glm-chat");
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
  const all = <T,>(store: string): Promise<T[]> =>
    new Promise((resolve, reject) => {
      const req = db.transaction(store).objectStore(store).getAll();
      req.onsuccess = () => resolve(req.result as T[]);
      req.onerror = () => reject(req.error);
    });
  const conversations = await all<{ id: string; title: string }>("conversations");
  const messages = (await all<{ conversationId: string; role: string; createdAt: number }>("messages"))
    .filter((m) => m.conversationId === id)
    .sort((a, b) => a.createdAt - b.createdAt);
  const attachments = (await all<{ conversationId: string; name: string; blob: Blob }>("attachments")).filter((a) => a.conversationId === id);
  db.close();
  return {
    conversations: conversations.length,
    title: conversations.find((c) => c.id === id)?.title,
    messages: messages.map((m) => m.role),
    attachments: attachments.map((a) => ({ name: a.name, type: a.blob.type, size: a.blob.size })),
  };
}

test("the Continue link opened on its own (/?import=<id>) asks, then copies the chat and opens it", async ({ chat, page, browser }) => {
  await chat.goto();
  await turn(chat, `[[scenario:no-reasoning]] Imported by link ${uniqueMarker()}`);
  const url = await share(page);
  const id = url.split("/s/")[1];
  const context = await browser.newContext();
  const visitor = await context.newPage();
  await visitor.goto(url.replace(/\/s\/.*$/, `/?import=${id}`));
  const dialog = visitor.getByTestId("import-dialog");
  await expect(dialog.getByTestId("import-dialog-summary")).toContainText("2 messages");
  await dialog.getByTestId("import-confirm").click();
  await visitor.waitForURL(/\/c\/[^/]+$/);
  await expect(visitor.getByTestId("message-user")).toContainText("Imported by link");
  await context.close();
});
