import { readFileSync } from "node:fs";
import type { Download, Page } from "@playwright/test";
import { attachInput, ChatPage, expect, test } from "./support/chat-page";
import { fillableDisk, setDiskFull } from "./support/full-disk";
import { uniqueMarker } from "./support/stand-in-client";

type ExportedMessage = { id: string; role: string; content: string; parentId: string | null; attachments?: { mimeType: string; data: string }[] };
type Exported = { conversations: { conversation: { id: string; branches?: Record<string, string> }; messages: ExportedMessage[] }[] };

async function downloaded(download: Promise<Download>): Promise<Buffer> {
  return readFileSync((await (await download).path())!);
}

async function exportFromHeader(page: Page, kind: "json" | "markdown"): Promise<Buffer> {
  await page.getByTestId("export-button").click();
  const download = page.waitForEvent("download");
  await page.getByTestId(`export-${kind}-button`).click();
  return downloaded(download);
}

/** Two questions, the first with an image, the second answered twice: five messages, two versions. */
function expectAllOnScreen(file: Exported, id: string, questions: string[]) {
  expect(file.conversations).toHaveLength(1);
  const [{ conversation, messages }] = file.conversations;
  expect(conversation.id).toBe(id);
  expect(messages).toHaveLength(5);
  expect(messages.filter((m) => m.role === "user").map((m) => m.content)).toEqual(questions.map((q) => expect.stringContaining(q)));
  const image = messages[0].attachments?.[0];
  expect(image?.mimeType).toMatch(/^image\//);
  expect(image?.data.length).toBeGreaterThan(100);
  const second = messages.find((m) => m.role === "user" && m.content.includes(questions[1]))!;
  const versions = messages.filter((m) => m.parentId === second.id);
  expect(versions).toHaveLength(2);
  expect(Object.values(conversation.branches ?? {})).toContain(versions[1].id);
}

test("storage full: Export saves what is on screen (every version, the image) from the header, the warning and Export all, and a failed export says so", async ({ chat, page }) => {
  test.slow(); // three answers, four downloads
  const uncaught: string[] = [];
  page.on("pageerror", (error) => uncaught.push(error.message));
  await fillableDisk(page);
  await chat.goto();
  // Full from the first write: none of this chat is stored.
  await setDiskFull(page, true);
  await attachInput(page).setInputFiles({ name: "shapes.png", mimeType: "image/png", buffer: readFileSync("e2e/fixtures/shapes.png") });
  await expect(page.locator("main").getByTestId("attachment-thumb")).toHaveCount(1);
  const questions = [uniqueMarker(), uniqueMarker()];
  await chat.ask(`[[scenario:no-reasoning]] ${questions[0]}`);
  const warning = page.getByTestId("storage-warning");
  await expect(warning).toBeVisible();
  await chat.ask(`[[scenario:no-reasoning]] ${questions[1]}`);
  await chat.lastAssistant().getByTestId("regenerate-button").click();
  await chat.waitForAnswerDone();
  await expect(chat.lastAssistant().getByTestId("version-label")).toHaveText("2/2");
  const id = await chat.conversationId();
  await expect(warning).toContainText(/waiting\. To keep a copy now, export this chat\./);

  expectAllOnScreen(JSON.parse((await exportFromHeader(page, "json")).toString("utf8")), id, questions);
  // The zip stores its files as they are: the Markdown and the image's name are readable in it.
  const zip = (await exportFromHeader(page, "markdown")).toString("latin1");
  for (const q of questions) expect(zip).toContain(q);
  expect(zip).toContain("attachments/shapes.png");

  const fromWarning = page.waitForEvent("download");
  await warning.getByTestId("storage-export-button").click();
  expectAllOnScreen(JSON.parse((await downloaded(fromWarning)).toString("utf8")), id, questions);

  const settings = await chat.openSettings();
  const all = page.waitForEvent("download");
  await settings.getByTestId("export-all-button").click();
  expectAllOnScreen(JSON.parse((await downloaded(all)).toString("utf8")), id, questions);

  // The browser refuses the download: the page says so in words, in the panel and from the header.
  await page.evaluate(() => {
    URL.createObjectURL = () => {
      throw new Error("Downloads are blocked.");
    };
  });
  await settings.getByTestId("export-all-button").click();
  await expect(settings.getByTestId("export-all-failed")).toHaveText("The export failed: nothing was downloaded. Try again.");
  await settings.getByTestId("settings-close").click();
  await page.getByTestId("export-button").click();
  await page.getByTestId("export-json-button").click();
  await expect(page.getByTestId("action-unavailable")).toHaveAttribute("data-what", "exportFailed");
  await expect(page.getByTestId("action-unavailable")).toContainText("The export failed: nothing was downloaded.");
  expect(uncaught).toEqual([]);
});

test("importing a newer export of a chat held here adds its versions and follow-up, says so, and shows them at once", async ({ chat, page, browser }) => {
  test.slow(); // two browsers, three answers, two imports
  await chat.goto();
  const first = uniqueMarker();
  await chat.ask(`[[scenario:no-reasoning]] ${first}`);
  const older = await exportFromHeader(page, "json");

  // Browser B has the chat from the older file, open.
  const other = await browser.newContext({ baseURL: new URL(page.url()).origin, serviceWorkers: "block" });
  const b = new ChatPage(await other.newPage());
  await b.goto();
  let settings = await b.openSettings();
  await settings.getByTestId("import-input").setInputFiles({ name: "older.json", mimeType: "application/json", buffer: older });
  await expect(settings.getByTestId("import-result")).toContainText("Imported 1 conversation (2 messages, 0 attachments).");
  await settings.getByTestId("settings-close").click();
  await b.conversationItem(first).getByTestId("conversation-open").click();
  await expect(b.page.getByTestId("message-user")).toHaveCount(1);

  // Browser A asks again and goes on.
  await chat.lastAssistant().getByTestId("regenerate-button").click();
  await chat.waitForAnswerDone();
  await expect(chat.lastAssistant().getByTestId("version-label")).toHaveText("2/2");
  const followUp = uniqueMarker();
  await chat.ask(`[[scenario:no-reasoning]] ${followUp}`);
  const newer = await exportFromHeader(page, "json");

  settings = await b.openSettings();
  await settings.getByTestId("import-input").setInputFiles({ name: "newer.json", mimeType: "application/json", buffer: newer });
  // The open chat, behind the dialog, shows them now, not after a reload.
  await expect(b.page.getByTestId("message-user")).toHaveCount(2);
  await expect(b.page.getByTestId("message-user").last()).toContainText(followUp);
  await expect(b.page.getByTestId("message-assistant").first().getByTestId("version-label")).toHaveText("2/2");
  await expect(settings.getByTestId("import-result")).toHaveText(
    "Imported 1 conversation: 3 new messages, no new attachment. It was already in this browser: merged, nothing duplicated.",
  );
  await settings.getByTestId("settings-close").click();
  await expect(b.conversationItem(first)).toHaveCount(1);

  settings = await b.openSettings();
  await settings.getByTestId("import-input").setInputFiles({ name: "newer.json", mimeType: "application/json", buffer: newer });
  await expect(settings.getByTestId("import-result")).toHaveText("Nothing new: this conversation was already in this browser (merged, nothing duplicated).");
  await other.close();
});
