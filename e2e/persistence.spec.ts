import { readFileSync } from "node:fs";
import { putRaw, readStore, seedConversations } from "./support/idb";
import type { Page } from "@playwright/test";
import { attachInput, ChatPage, expect, test } from "./support/chat-page";
import { zh } from "./support/catalogue";
import { fillableDisk, setDiskFull } from "./support/full-disk";
import { openGate, recordedRequests, requestWith, uniqueMarker } from "./support/stand-in-client";

// A returning visitor's reloads go through the offline worker: it runs here (off by default in e2e).
test.use({ serviceWorkers: "allow" });

test("a reload keeps the conversation: text, reasoning with its duration, settings and the URL", async ({ chat, page }) => {
  await chat.goto();
  await chat.pickModel("glm-4.6");
  const marker = uniqueMarker();
  await chat.ask(`[[scenario:gui-click]] [[tps:60]] ${marker}`);
  const id = await chat.conversationId();
  const duration = /Thought for \d+ s/.exec(await page.getByTestId("reasoning-toggle").innerText())?.[0];
  expect(duration).toBeTruthy();
  await chat.reload();
  await expect(page.getByTestId("message-user")).toContainText(marker);
  await expect(chat.lastAssistant()).toContainText("left_click");
  await expect(page.getByTestId("reasoning-toggle")).toContainText(duration!);
  await page.getByTestId("reasoning-toggle").click();
  await expect(page.getByTestId("message-reasoning")).toContainText("Save changes button is below the form");
  await expect(page.getByTestId("model-picker")).toHaveAttribute("data-value", "glm-4.6");
  expect(await chat.conversationId()).toBe(id);
  await expect(chat.conversationItem(marker)).toHaveCount(1);
  // Per-conversation settings: a new chat takes the defaults, reopening restores this one's.
  await page.getByTestId("thinking-toggle").click();
  await page.getByTestId("new-chat-button").click();
  await expect(page).toHaveURL(/\/$/);
  await chat.pickModel("glm-4.5v");
  await chat.conversationItem(marker).getByTestId("conversation-open").click();
  await expect(page.getByTestId("model-picker")).toHaveAttribute("data-value", "glm-4.6");
  await expect(page.getByTestId("thinking-toggle")).toHaveAttribute("aria-checked", "false");
});

async function interruptMidAnswer(chat: import("./support/chat-page").ChatPage, marker: string) {
  const page = chat.page;
  await chat.send(`[[scenario:long]] [[tps:25]] ${marker}`);
  await expect(chat.lastAssistant()).toContainText("sentence 2.");
  // Wait until the throttled saver has stored part of the answer, then reload mid-stream.
  await expect
    .poll(async () => (await readStore(page, "messages")).some((m) => m.role === "assistant" && String(m.content).includes("sentence 2.")))
    .toBe(true);
  await chat.reload();
  const answer = chat.lastAssistant();
  await expect(answer).toHaveAttribute("data-status", "interrupted");
  await expect(answer.getByTestId("interrupted-badge")).toBeVisible();
  const partial = (await readStore(page, "messages")).find((m) => m.role === "assistant")!.content as string;
  expect(partial).toContain("sentence 2.");
  return partial;
}

test("an answer interrupted by a reload is kept, marked Interrupted, and Continue appends to it", async ({ chat, page }) => {
  await chat.goto();
  const marker = uniqueMarker();
  const partial = await interruptMidAnswer(chat, marker);
  const before = (await recordedRequests()).length;
  await chat.lastAssistant().getByTestId("continue-button").click();
  await chat.waitForAnswerDone();
  await expect(page.getByTestId("message-assistant")).toHaveCount(1);
  await expect(chat.lastAssistant().getByTestId("interrupted-badge")).toHaveCount(0);
  // The continuation request carried the partial answer and asked the model to go on.
  const continued = (await recordedRequests()).slice(before).find((r) => JSON.stringify(r.body).includes(marker))!;
  const messages = (continued.body as { messages: { role: string; content: unknown }[] }).messages;
  expect(messages.at(-2)).toMatchObject({ role: "assistant", content: partial });
  expect(String(messages.at(-1)!.content)).toMatch(/Continue/);
  // It went on where it stopped: the whole scripted answer, each sentence once.
  const text = await chat.lastAssistant().innerText();
  expect(text).toContain(partial.slice(0, 40));
  expect(text).toContain("sentence 400.");
  expect(text.split("sentence 2.").length).toBe(2);
  await chat.reload();
  await expect(chat.lastAssistant()).toHaveAttribute("data-status", "done");
  await expect(chat.lastAssistant()).toContainText("sentence 400.");
});

test("Retry on an interrupted answer asks again; the interrupted one stays as version 1", async ({ chat, page }) => {
  await chat.goto();
  const marker = uniqueMarker();
  await interruptMidAnswer(chat, marker);
  await chat.lastAssistant().getByTestId("retry-button").click();
  await expect(chat.lastAssistant()).toHaveAttribute("data-status", "streaming");
  await expect(chat.lastAssistant()).toContainText("sentence 1.");
  await chat.stopButton.click();
  await chat.waitForAnswerDone();
  await expect(page.getByTestId("message-assistant")).toHaveCount(1);
  await expect(page.getByTestId("interrupted-badge")).toHaveCount(0);
  const sent = (await recordedRequests(marker)).filter((r) => JSON.stringify(r.body).includes(marker));
  expect(sent).toHaveLength(2);
  await chat.reload();
  await expect(page.getByTestId("message-assistant")).toHaveCount(1);
  await expect(chat.lastAssistant()).toHaveAttribute("data-status", "done");
  await expect(chat.lastAssistant().getByTestId("version-label")).toHaveText("2/2");
  await chat.lastAssistant().getByTestId("version-prev").click();
  await expect(chat.lastAssistant().getByTestId("interrupted-badge")).toBeVisible();
  await expect(chat.lastAssistant().getByTestId("regenerate-button")).toHaveCount(0);
});

test("two tabs stay consistent without a reload", async ({ chat, page, context }) => {
  await chat.goto();
  const first = uniqueMarker();
  await chat.ask(`[[scenario:no-reasoning]] ${first}`);
  const id = await chat.conversationId();

  const other = await context.newPage();
  const chat2 = new (chat.constructor as typeof import("./support/chat-page").ChatPage)(other);
  await chat2.gotoConversation(id);
  await expect(other.getByTestId("message-user")).toContainText(first);

  const second = uniqueMarker();
  await chat2.ask(`[[scenario:no-reasoning]] ${second}`);
  await expect(page.getByTestId("message-user")).toHaveCount(2);
  await expect(page.getByTestId("message-user").last()).toContainText(second);
  await expect(chat.lastAssistant()).toContainText(`Answer without reasoning to: ${second}`);

  // A rename in one tab shows in the other's sidebar; a new conversation too.
  await chat2.conversationItem(first).getByTestId("rename-button").click();
  await other.getByTestId("rename-input").fill(`Shared ${first}`);
  await other.getByTestId("rename-input").press("Enter");
  await expect(chat.conversationItem(`Shared ${first}`)).toHaveCount(1);
  const third = uniqueMarker();
  await page.getByTestId("new-chat-button").click();
  await chat.ask(`[[scenario:no-reasoning]] ${third}`);
  await expect(chat2.conversationItem(third)).toHaveCount(1);
  // Nothing was lost: both tabs' messages are stored.
  const stored = await readStore(page, "messages");
  for (const m of [first, second, third]) expect(stored.some((r) => String(r.content).includes(m))).toBe(true);
});

test("storage full: a warning with usage and ways to free space, and nothing is lost", async ({ chat, page, context }) => {
  await fillableDisk(page);
  await chat.goto();
  const saved = uniqueMarker();
  await chat.ask(`[[scenario:no-reasoning]] ${saved}`);
  const id = await chat.conversationId();
  // The finished answer is written a moment after it shows: let it land before the disk "fills".
  await expect
    .poll(async () => (await readStore(page, "messages")).some((r) => String(r.content).includes(`Answer without reasoning to: ${saved}`)))
    .toBe(true);

  await page.evaluate(() => ((window as unknown as { __quotaFull?: boolean }).__quotaFull = true));
  const unsaved = uniqueMarker();
  await chat.ask(`[[scenario:no-reasoning]] ${unsaved}`);
  const warning = page.getByTestId("storage-warning");
  await expect(warning).toBeVisible();
  await expect(warning).toContainText(/storage is full/i);
  await expect(warning.getByTestId("storage-row")).toHaveCount(1);
  await expect(warning.getByTestId("free-delete-button")).toBeVisible();
  // Still on screen, and what was saved before is intact.
  await expect(page.getByTestId("message-user").last()).toContainText(unsaved);
  const other = await context.newPage();
  await other.goto(`/c/${id}`);
  await expect(other.getByTestId("message-user")).toHaveCount(1);
  await expect(other.getByTestId("message-user")).toContainText(saved);
  await other.close();

  // The waiting writes live only in this tab: closing it asks first, and staying keeps them.
  await expect(warning).toContainText(/closing or reloading it loses/i);
  const asked: string[] = [];
  page.once("dialog", (dialog) => {
    asked.push(dialog.type());
    void dialog.dismiss();
  });
  await page.close({ runBeforeUnload: true });
  await expect.poll(() => asked).toEqual(["beforeunload"]);
  await expect(warning).toBeVisible();

  // Space comes back and "Try saving again" is pressed in the same task: the retries that run by
  // themselves (tested below) cannot save first and take the button away from under the click.
  await expect(warning.getByTestId("storage-retry-button")).toBeVisible();
  await page.evaluate(() => {
    (window as unknown as { __quotaFull?: boolean }).__quotaFull = false;
    document.querySelector<HTMLButtonElement>('[data-testid="storage-warning"] [data-testid="storage-retry-button"]')!.click();
  });
  await expect(warning).toHaveCount(0);
  page.on("dialog", (dialog) => {
    asked.push(dialog.type());
    void dialog.dismiss();
  });
  await chat.reload();
  await expect(page.getByTestId("message-user")).toHaveCount(2);
  await expect(page.getByTestId("message-user").last()).toContainText(unsaved);
  await expect(chat.lastAssistant()).toContainText(`Answer without reasoning to: ${unsaved}`);
  // Nothing was waiting at that reload: it asked nothing.
  expect(asked).toEqual(["beforeunload"]);
});

/** Storage fills before the first question: the question and its answer wait in memory alone. */
async function askWhileFull(chat: ChatPage, page: Page) {
  await fillableDisk(page);
  await chat.goto();
  await setDiskFull(page, true);
  const marker = uniqueMarker();
  await chat.ask(`[[title:Kept while full ${marker}]] [[scenario:no-reasoning]] ${marker}`);
  // The generated title is the last write the chat makes by itself (any new write drains the
  // queue): only once it too waits is nothing but the retries left to save them.
  await expect(page.getByTestId("chat-title")).toHaveAttribute("data-title-source", "generated");
  const warning = page.getByTestId("storage-warning");
  // The chat, the question, the answer and the title.
  await expect(warning).toContainText("(4 changes waiting) and is saved as soon as there is room");
  expect(await readStore(page, "messages")).toEqual([]);
  return { marker, warning };
}

/** The chat is stored: a reload (asking nothing, as nothing waits) shows it. */
async function survivesReload(chat: ChatPage, page: Page, marker: string) {
  const asked: string[] = [];
  page.on("dialog", (dialog) => {
    asked.push(dialog.type());
    void dialog.dismiss();
  });
  await chat.reload();
  await expect(page.getByTestId("message-user")).toContainText(marker);
  await expect(chat.lastAssistant()).toContainText(`Answer without reasoning to: ${marker}`);
  await expect(chat.conversationItem(marker)).toHaveCount(1);
  expect(asked).toEqual([]);
}

test("storage full, then room again: the tab coming back saves what waits by itself, without Try again", async ({ chat, page }) => {
  const { marker, warning } = await askWhileFull(chat, page);
  // Room is freed elsewhere (files deleted in another site); the user comes back online to the tab.
  await setDiskFull(page, false);
  await page.evaluate(() => window.dispatchEvent(new Event("online")));
  await expect(warning).toHaveCount(0);
  await survivesReload(chat, page, marker);
});

test("storage full, then room again: a tab left alone saves what waits on its own timer", async ({ chat, page }) => {
  const { marker, warning } = await askWhileFull(chat, page);
  await setDiskFull(page, false);
  // No event, no click: the backoff timer (5 s doubling, lib/store/write-retry.ts) tries again.
  await expect(warning).toHaveCount(0);
  await survivesReload(chat, page, marker);
});

test("storage full on a phone: the warning leaves the conversation in view, its details one tap away", async ({ chat, page }) => {
  await page.setViewportSize({ width: 360, height: 640 });
  await fillableDisk(page);
  await chat.goto();
  const saved = uniqueMarker();
  await chat.ask(`[[scenario:no-reasoning]] ${saved}`);
  await expect
    .poll(async () => (await readStore(page, "messages")).some((r) => String(r.content).includes(`Answer without reasoning to: ${saved}`)))
    .toBe(true);
  await page.evaluate(() => ((window as unknown as { __quotaFull?: boolean }).__quotaFull = true));
  await chat.ask(`[[scenario:no-reasoning]] ${uniqueMarker()}`);
  const warning = page.getByTestId("storage-warning");
  await expect(warning).toBeVisible();
  await expect(warning.getByTestId("storage-retry-button")).toBeVisible();
  // Folded: what uses the space is listed only on request.
  await expect(warning.getByTestId("storage-row")).toBeHidden();
  expect((await warning.boundingBox())!.height).toBeLessThan(640 / 2);
  await warning.getByTestId("storage-details").locator("summary").click();
  await expect(warning.getByTestId("storage-row")).toHaveCount(1);
  await expect(warning.getByTestId("free-delete-button")).toBeVisible();
});

test("corrupted stored data is set aside: the app starts and says so", async ({ chat, page }) => {
  await chat.goto();
  const marker = uniqueMarker();
  await chat.ask(`[[scenario:no-reasoning]] ${marker}`);
  const id = await chat.conversationId();
  await putRaw(page, "conversations", [{ id: "broken-conversation", title: 42, settings: "nope" }]);
  await putRaw(page, "messages", [{ conversationId: id, id: "broken-message", createdAt: Date.now() + 10, content: { not: "text" } }]);
  await chat.goto();
  await expect(page.getByTestId("quarantine-notice")).toBeVisible();
  await expect(page.getByTestId("quarantine-notice")).toContainText("1 saved item");
  await expect(chat.conversationItem(marker)).toHaveCount(1);
  await chat.conversationItem(marker).getByTestId("conversation-open").click();
  await expect(page.getByTestId("message-user")).toContainText(marker);
  await expect(page.getByTestId("quarantine-notice")).toContainText("2 saved items");
  const download = page.waitForEvent("download");
  await page.getByTestId("export-quarantine-button").click();
  expect((await download).suggestedFilename()).toMatch(/\.json$/);
  // Still usable.
  await page.getByTestId("new-chat-button").click();
  await chat.ask(`[[scenario:no-reasoning]] ${uniqueMarker()}`);
  expect((await readStore(page, "quarantine")).length).toBe(2);
});

test("a deep link to an unknown conversation says so and still lets the user chat", async ({ chat, page }) => {
  await chat.gotoConversation("does-not-exist");
  // Without sign-in this browser's chats are everyone's: not here means not in this browser.
  await expect(page.getByTestId("conversation-missing")).toContainText("This conversation is not in this browser");
  const marker = uniqueMarker();
  await page.getByTestId("new-chat-button").click();
  await chat.ask(`[[scenario:no-reasoning]] ${marker}`);
  await requestWith(marker);
});

test("an image survives a reload as a Blob, keeps its overlay, and becomes the sidebar thumbnail", async ({ chat, page }) => {
  await chat.goto();
  await attachInput(page).setInputFiles({ name: "shapes.png", mimeType: "image/png", buffer: readFileSync("e2e/fixtures/shapes.png") });
  await expect(page.getByTestId("attachment-thumb")).toHaveCount(1);
  const marker = uniqueMarker();
  await chat.send(`[[scenario:grounding-shapes]] ${marker}`);
  await chat.waitForAnswerDone();
  await expect(chat.lastAssistant().getByTestId("grounding-box")).toHaveCount(4);
  await chat.reload();
  await expect(page.getByTestId("message-user").getByTestId("attachment-thumb")).toHaveCount(1);
  await expect(chat.lastAssistant().getByTestId("grounding-box")).toHaveCount(4);
  await expect(chat.conversationItem(marker).getByTestId("conversation-thumbnail")).toBeVisible();
  const stored = await readStore(page, "attachments");
  expect(stored).toHaveLength(1);
  // readStore reports a stored Blob by its size; a base64 string would come back as text.
  expect(typeof stored[0].blob).toBe("number");
  expect(stored[0].blob as number).toBeGreaterThan(100);
});

test("each chat keeps its own unsent text, across chat switches and a reload; sending clears it", async ({ chat, page }) => {
  await chat.goto();
  const a = uniqueMarker();
  await chat.ask(`[[scenario:no-reasoning]] ${a}`);
  await chat.composer.fill(`unsent in the first chat ${a}`);

  await page.getByTestId("new-chat-button").click();
  await expect(chat.composer).toHaveValue("");
  await chat.composer.fill("unsent in a new chat");

  await chat.conversationItem(a).getByTestId("conversation-open").click();
  await expect(chat.composer).toHaveValue(`unsent in the first chat ${a}`);
  await chat.reload();
  await expect(chat.composer).toHaveValue(`unsent in the first chat ${a}`);

  await page.getByTestId("new-chat-button").click();
  await expect(chat.composer).toHaveValue("unsent in a new chat");
  await chat.composer.fill(`[[scenario:no-reasoning]] sent ${a}`);
  await chat.composer.press("Enter");
  await expect(chat.composer).toHaveValue("");
  await chat.waitForAnswerDone();
  await page.getByTestId("new-chat-button").click();
  await expect(chat.composer).toHaveValue("");
  await chat.reload();
  await expect(chat.composer).toHaveValue("");
});

test("attached files stay with their chat: another chat starts with an empty tray, and coming back finds them", async ({ chat, page }) => {
  await chat.goto();
  const a = uniqueMarker();
  await chat.ask(`[[scenario:no-reasoning]] ${a}`);
  // The composer's tray (a sent message shows its image with the same thumb).
  const tray = page.locator("form", { has: chat.composer });
  await attachInput(page).setInputFiles({ name: "shapes.png", mimeType: "image/png", buffer: readFileSync("e2e/fixtures/shapes.png") });
  await attachInput(page).setInputFiles({ name: "notes.txt", mimeType: "text/plain", buffer: Buffer.from("one line\n") });
  await expect(tray.getByTestId("attachment-thumb")).toHaveCount(1);
  await expect(tray.getByTestId("text-file-chip")).toHaveCount(1);

  await page.getByTestId("new-chat-button").click();
  await expect(chat.composer).toHaveValue("");
  await expect(tray.getByTestId("attachment-thumb")).toHaveCount(0);
  await expect(tray.getByTestId("text-file-chip")).toHaveCount(0);

  await chat.conversationItem(a).getByTestId("conversation-open").click();
  await expect(tray.getByTestId("attachment-thumb")).toHaveCount(1);
  await expect(tray.getByTestId("text-file-chip")).toContainText("notes.txt");
  // Sent with this chat's question, and the tray is empty after.
  await chat.composer.fill(`[[scenario:no-reasoning]] with files ${a}`);
  await chat.composer.press("Enter");
  await chat.waitForAnswerDone();
  await expect(tray.getByTestId("attachment-thumb")).toHaveCount(0);
  await expect(page.getByTestId("message-user").last().getByTestId("user-text-file")).toContainText("notes.txt");
  await page.getByTestId("new-chat-button").click();
  await expect(tray.getByTestId("attachment-thumb")).toHaveCount(0);
});

/** Publishes the open conversation as a link (Share → Create link) and returns its URL. */
async function shareOpenChat(page: Page): Promise<string> {
  await expect(page.getByTestId("share-button")).toBeEnabled();
  await page.getByTestId("share-button").click();
  const dialog = page.getByTestId("share-dialog");
  await dialog.getByTestId("share-create-button").click();
  await expect(dialog.getByTestId("share-link")).toHaveValue(/\/s\/[A-Za-z0-9_-]{16,}$/);
  const url = await dialog.getByTestId("share-link").inputValue();
  await dialog.getByTestId("share-dialog-close").click();
  return url;
}

/** This profile's keys in localStorage (the app's names begin with glm-chat:). */
const appKeys = (page: Page) => page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith("glm-chat:") && k !== "glm-chat:legacy-owner").sort());

test("Export all carries settings and the share list; Delete all data empties every tab; the import brings it all back", async ({ chat, page, context, request }) => {
  test.slow(); // two tabs, an answer, a share, a download, a wipe and an import
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await chat.goto();
  const marker = uniqueMarker();
  await chat.ask(`[[scenario:no-reasoning]] ${marker}`);
  const id = await chat.conversationId();
  const url = await shareOpenChat(page);
  let settings = await chat.openSettings();
  await settings.getByTestId("custom-instructions").fill("Call me Captain.");
  await settings.getByTestId("settings-close").click();
  // The theme: system → light → dark.
  await page.getByTestId("theme-switch").click();
  await page.getByTestId("theme-switch").click();
  await expect(page.getByTestId("theme-switch")).toHaveAttribute("data-theme", "dark");

  const download = page.waitForEvent("download");
  settings = await chat.openSettings();
  // The file holds the links' delete tokens: the panel says so before it is made.
  await expect(settings.getByTestId("export-holds-share-keys")).toContainText("update or delete those links");
  await settings.getByTestId("export-all-button").click();
  const file = (await (await download).path())!;
  const exported = JSON.parse(readFileSync(file, "utf8"));
  expect(exported.conversations).toHaveLength(1);
  expect(exported.settings).toMatchObject({ customInstructions: "Call me Captain.", theme: "dark" });
  expect(exported.shares).toEqual([expect.objectContaining({ id: url.split("/s/")[1], conversationId: id, deleteToken: expect.any(String) })]);

  // A second tab on the same chat, with an unsent draft of its own.
  const b = new ChatPage(await context.newPage());
  await b.gotoConversation(id);
  await b.composer.fill("words never sent");
  await expect.poll(() => appKeys(b.page)).toContain("glm-chat:drafts");

  await settings.getByTestId("delete-all-button").click();
  const confirm = page.getByTestId("delete-all-dialog");
  await expect(confirm.getByTestId("delete-all-what")).toContainText("your 1 conversation with their attachments");
  await expect(confirm.getByTestId("delete-all-what")).toContainText("the list of the 1 link you shared");
  await expect(confirm.getByTestId("delete-all-shares-note")).toContainText("stay online");
  // Kept online here (the import below brings its list back); the next test deletes them.
  await expect(confirm.getByTestId("delete-all-shares")).toBeChecked();
  await confirm.getByTestId("delete-all-shares").uncheck();
  await confirm.getByTestId("delete-all-confirm").click();

  // Both tabs start afresh: no history, no chat, no draft, nothing of this profile stored.
  for (const tab of [chat, b]) {
    await expect(tab.page).toHaveURL(/\/$/);
    await expect(tab.page.getByTestId("settings-button")).toBeVisible();
    await expect(tab.conversationItems()).toHaveCount(0);
    await expect(tab.composer).toHaveValue("");
    await expect.poll(() => appKeys(tab.page)).toEqual([]);
    expect(await readStore(tab.page, "conversations")).toEqual([]);
    expect(await readStore(tab.page, "messages")).toEqual([]);
  }
  await expect(page.getByTestId("theme-switch")).toHaveAttribute("data-theme", "system");
  expect((await request.get(url)).status()).toBe(200);

  // Custom instructions typed since: the import keeps them and offers the file's.
  settings = await chat.openSettings();
  await expect(settings.getByTestId("custom-instructions")).toHaveValue("");
  await settings.getByTestId("custom-instructions").fill("Be brief.");
  await settings.getByTestId("import-input").setInputFiles(file);
  await expect(settings.getByTestId("import-result")).toContainText("Imported 1 conversation");
  await expect(settings.getByTestId("import-result")).toContainText("1 shared link was added to your list.");
  await expect(settings.getByTestId("custom-instructions")).toHaveValue("Be brief.");
  await expect(settings.getByTestId("import-instructions")).toContainText("Call me Captain.");
  await settings.getByTestId("import-use-file-instructions").click();
  await expect(settings.getByTestId("custom-instructions")).toHaveValue("Call me Captain.");
  await settings.getByTestId("settings-close").click();
  // The theme had been reset with the rest: this profile had none, so the file's is back.
  await expect(page.getByTestId("theme-switch")).toHaveAttribute("data-theme", "dark");

  for (const tab of [chat, b]) await expect(tab.conversationItem(marker)).toHaveCount(1);
  await chat.conversationItem(marker).getByTestId("conversation-open").click();
  await expect(chat.lastAssistant()).toHaveAttribute("data-status", "done");
  await page.getByTestId("shared-links-button").click();
  await expect(page.getByTestId("shared-links-panel").getByTestId("shared-link-item")).toHaveAttribute("data-share-id", url.split("/s/")[1]);
  await chat.reload();
  settings = await chat.openSettings();
  await expect(settings.getByTestId("custom-instructions")).toHaveValue("Call me Captain.");
});

test("Delete all data counts every stored chat, and a shared link the server keeps leaves everything here", async ({ chat, page }) => {
  await chat.goto();
  const marker = uniqueMarker();
  await chat.ask(`[[scenario:no-reasoning]] ${marker}`);
  const url = await shareOpenChat(page);
  // Two chats stored that this tab's history has not read (written as another tab or an import
  // would, without telling it): they go too, so the question counts them.
  await seedConversations(page, [
    { id: "unlisted-1", title: "Not in the list yet", messages: 2 },
    { id: "unlisted-2", title: "Nor this one", messages: 2 },
  ]);
  await expect(chat.conversationItems()).toHaveCount(1);
  // The server refuses to delete the link.
  await page.route("**/api/share/*", (route) => (route.request().method() === "DELETE" ? route.fulfill({ status: 500, body: "{}" }) : route.fallback()));

  const settings = await chat.openSettings();
  await settings.getByTestId("delete-all-button").click();
  const confirm = page.getByTestId("delete-all-dialog");
  await expect(confirm.getByTestId("delete-all-what")).toContainText("all 3 conversations with their attachments");
  await expect(confirm.getByTestId("delete-all-shares")).toBeChecked();
  await confirm.getByTestId("delete-all-confirm").click();
  await expect(confirm.getByTestId("delete-all-error")).toHaveText(
    "1 shared link could not be deleted from the server (check the connection). Nothing in this browser was deleted: try again, or untick the box to leave it online.",
  );
  await confirm.getByTestId("delete-all-cancel").click();
  await expect(confirm).toHaveCount(0);

  // Nothing here went: the chat stays open, every stored chat is listed after a reload, the link is still listed.
  await expect(chat.lastAssistant()).toHaveAttribute("data-status", "done");
  await chat.reload();
  await expect(chat.conversationItems()).toHaveCount(3);
  await expect(chat.conversationItem(marker)).toHaveCount(1);
  await page.getByTestId("shared-links-button").click();
  await expect(page.getByTestId("shared-links-panel").getByTestId("shared-link-item")).toHaveAttribute("data-share-id", url.split("/s/")[1]);
});

test("an export made in Chinese brings the language back after Delete all data", async ({ chat, page }) => {
  await chat.goto();
  await seedConversations(page, [{ id: "kept-in-file", title: "Kept in the file", messages: 2 }]);
  let settings = await chat.openSettings();
  await settings.getByTestId("language-select").selectOption("zh");
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
  // No shared links here: nothing to warn about.
  await expect(settings.getByTestId("export-holds-share-keys")).toHaveCount(0);
  const download = page.waitForEvent("download");
  await settings.getByTestId("export-all-button").click();
  const file = (await (await download).path())!;

  await settings.getByTestId("delete-all-button").click();
  await page.getByTestId("delete-all-dialog").getByTestId("delete-all-confirm").click();
  // The language went with the rest: the fresh page is in English.
  await expect(chat.conversationItems()).toHaveCount(0);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");

  settings = await chat.openSettings();
  await settings.getByTestId("import-input").setInputFiles(file);
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
  await expect(page.getByTestId("settings-button")).toHaveText(zh.sidebar.settings);
  await expect(chat.conversationItem("Kept in the file")).toHaveCount(1);
});

test("Delete all data stops an answer running in another tab and deletes the shared links on the server when left ticked", async ({ chat, page, context, request }) => {
  await chat.goto();
  await chat.ask(`[[scenario:no-reasoning]] ${uniqueMarker()}`);
  const id = await chat.conversationId();
  const url = await shareOpenChat(page);
  expect((await request.get(url)).status()).toBe(200);
  // Tab B answers (held at a gate) while tab A deletes everything.
  const b = new ChatPage(await context.newPage());
  await b.gotoConversation(id);
  const gate = uniqueMarker();
  await b.send(`[[scenario:long]] [[gate:${gate}@80]] ${uniqueMarker()}`);
  await expect(b.lastAssistant()).toContainText("sentence 3.");
  const settings = await chat.openSettings();
  await settings.getByTestId("delete-all-button").click();
  const confirm = page.getByTestId("delete-all-dialog");
  await expect(confirm.getByTestId("delete-all-shares")).toBeChecked();
  await confirm.getByTestId("delete-all-confirm").click();
  for (const tab of [chat, b]) {
    await expect(tab.page).toHaveURL(/\/$/);
    await expect(tab.page.getByTestId("settings-button")).toBeVisible();
    await expect(tab.conversationItems()).toHaveCount(0);
    expect(await readStore(tab.page, "messages")).toEqual([]);
  }
  await expect.poll(async () => (await request.get(url)).status()).toBe(404);
  await expect.poll(() => appKeys(page)).toEqual([]);
  await openGate(gate);
});
