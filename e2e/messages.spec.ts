import { readFileSync } from "node:fs";
import { readStore } from "./support/idb";
import { attachInput, expect, test } from "./support/chat-page";
import { textHistory } from "./support/text-history";
import { recordedRequests, requestWith, uniqueMarker } from "./support/stand-in-client";

test("edit a user message in place and resend: the shown conversation starts over from the edit, also after a reload", async ({ chat, page }) => {
  await chat.goto();
  const first = uniqueMarker();
  const second = uniqueMarker();
  await chat.ask(`[[scenario:no-reasoning]] ${first}`);
  await chat.ask(`[[scenario:no-reasoning]] ${second}`);
  await expect(page.getByTestId("message-user")).toHaveCount(2);
  await page.getByTestId("message-user").first().getByTestId("edit-message-button").click();
  const edited = uniqueMarker();
  await page.getByTestId("edit-message-input").fill(`[[scenario:no-reasoning]] ${edited}`);
  await page.getByTestId("edit-save-button").click();
  await chat.waitForAnswerDone();
  await expect(page.getByTestId("message-user")).toHaveCount(1);
  await expect(page.getByTestId("message-user")).toContainText(edited);
  await expect(page.getByTestId("message-assistant")).toHaveCount(1);
  await expect(chat.lastAssistant()).toContainText(`Answer without reasoning to: ${edited}`);
  // The request held only the edited turn.
  const sent = (await requestWith(edited)).body as { messages: { content: string }[] };
  expect(JSON.stringify(sent.messages)).not.toContain(second);
  await chat.reload();
  await expect(page.getByTestId("message-user")).toHaveCount(1);
  await expect(page.getByTestId("message-user")).toContainText(edited);
  await expect(page.getByTestId("message-assistant")).toHaveCount(1);
});

test("regenerate adds a version beside the answer; delete removes a version, then the message", async ({ chat, page }) => {
  await chat.goto();
  const marker = uniqueMarker();
  await chat.ask(`[[scenario:no-reasoning]] ${marker}`);
  const firstId = (await readStore(page, "messages")).find((m) => m.role === "assistant")!.id;
  await chat.lastAssistant().getByTestId("regenerate-button").click();
  await chat.waitForAnswerDone();
  await expect(page.getByTestId("message-assistant")).toHaveCount(1);
  await expect(chat.lastAssistant().getByTestId("version-label")).toHaveText("2/2");
  await expect.poll(async () => (await recordedRequests(marker)).filter((r) => JSON.stringify(r.body).includes(marker)).length).toBe(2);
  await expect
    .poll(async () => (await readStore(page, "messages")).filter((m) => m.role === "assistant").map((m) => m.id))
    .toEqual(expect.arrayContaining([firstId, expect.not.stringMatching(String(firstId))]));
  // Deleting the shown version leaves the other one, without a switcher.
  await chat.lastAssistant().getByTestId("delete-message-button").click();
  await expect(chat.lastAssistant().getByTestId("version-switcher")).toHaveCount(0);
  await expect.poll(async () => (await readStore(page, "messages")).filter((m) => m.role === "assistant").map((m) => m.id)).toEqual([firstId]);
  await chat.lastAssistant().getByTestId("delete-message-button").click();
  await expect(page.getByTestId("message-assistant")).toHaveCount(0);
  await expect.poll(async () => (await readStore(page, "messages")).filter((m) => m.role === "assistant")).toEqual([]);
  await chat.reload();
  await expect(page.getByTestId("message-user")).toHaveCount(1);
  await expect(page.getByTestId("message-assistant")).toHaveCount(0);
});

test("Undo after deleting a question puts back its image, both answer versions and the version shown, also after a reload", async ({ chat, page }) => {
  await chat.goto();
  await attachInput(page).setInputFiles({ name: "shapes.png", mimeType: "image/png", buffer: readFileSync("e2e/fixtures/shapes.png") });
  await expect(page.getByTestId("attachment-thumb")).toHaveCount(1);
  const marker = uniqueMarker();
  await chat.ask(`[[scenario:take]] ${marker}`);
  const answer = chat.lastAssistant();
  await answer.getByTestId("regenerate-button").click();
  await chat.waitForAnswerDone();
  await expect(answer.getByTestId("version-label")).toHaveText("2/2");
  // Version 1 shown: Undo must bring back that choice, not the newest version.
  await answer.getByTestId("version-prev").click();
  await expect(answer.getByTestId("version-label")).toHaveText("1/2");
  const shownTake = /Take \d+:/.exec((await answer.textContent()) ?? "")![0];
  const next = uniqueMarker();
  await chat.ask(`[[scenario:no-reasoning]] ${next}`);
  await expect.poll(async () => (await readStore(page, "messages")).length).toBe(5);
  const storedBefore = (await readStore(page, "messages")).map((m) => m.id).sort();
  // The history row shows the chat's image; the record says which, so a reload shows the same.
  const thumbnail = chat.conversationItem(marker).getByTestId("conversation-thumbnail");
  const storedThumbnail = async () => (await readStore(page, "conversations"))[0]?.thumbnail;
  await expect(thumbnail).toBeVisible();
  await expect.poll(storedThumbnail).toBeTruthy();

  /** The question with its image, its answer on version 1 of 2, then the next turn. */
  const expectAllBack = async () => {
    const question = page.getByTestId("message-user").first();
    await expect(page.getByTestId("message-user")).toHaveCount(2);
    await expect(question).toContainText(marker);
    const image = question.getByRole("img", { name: "shapes.png" });
    await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
    const first = page.getByTestId("message-assistant").first();
    await expect(first.getByTestId("version-label")).toHaveText("1/2");
    await expect(first).toContainText(shownTake);
    await expect(page.getByTestId("message-user").last()).toContainText(next);
    await expect(thumbnail).toBeVisible();
  };

  await page.getByTestId("message-user").first().getByTestId("delete-message-button").click();
  await expect(page.getByTestId("message-user")).toHaveCount(1);
  await expect(page.getByTestId("message-assistant")).toHaveCount(1);
  await expect(page.getByTestId("message-undo-toast")).toContainText("Message deleted");
  await expect.poll(async () => (await readStore(page, "messages")).length).toBe(2);
  // The only image went with the question: the row shows none while Undo is offered.
  await expect(thumbnail).toHaveCount(0);
  await expect.poll(storedThumbnail).toBeUndefined();
  await page.getByTestId("message-undo-button").click();
  await expect(page.getByTestId("message-undo-toast")).toHaveCount(0);
  await expectAllBack();
  await expect.poll(async () => (await readStore(page, "messages")).map((m) => m.id).sort()).toEqual(storedBefore);
  await expect.poll(async () => (await readStore(page, "attachments")).length).toBe(1);
  await expect.poll(storedThumbnail).toBeTruthy();
  await chat.reload();
  await expectAllBack();
});

test("on a phone the Message deleted toast sits above the composer's dock, its usage line too, however tall the composer grows", async ({ chat, page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await chat.goto();
  await chat.ask(`[[scenario:no-reasoning]] ${uniqueMarker()}`);
  await chat.ask(`[[scenario:no-reasoning]] ${uniqueMarker()}`);
  await expect(page.getByTestId("context-usage")).toBeVisible();
  const clearOfDock = async () => {
    const toast = (await page.getByTestId("message-undo-toast").boundingBox())!;
    const dock = (await page.getByTestId("composer-toolbar").boundingBox())!;
    const usage = (await page.getByTestId("context-usage").boundingBox())!;
    expect(toast.y + toast.height, "the toast covers the usage line").toBeLessThanOrEqual(Math.min(dock.y, usage.y));
  };
  await page.getByTestId("message-assistant").last().getByTestId("delete-message-button").click();
  await expect(page.getByTestId("message-undo-toast")).toBeVisible();
  // Hovered, its ten seconds pause: a busy machine must not see it go before the checks end.
  await page.getByTestId("message-undo-toast").hover();
  await clearOfDock();
  // A composer grown to several lines lifts the dock; the toast goes up with it.
  const before = (await page.getByTestId("message-undo-toast").boundingBox())!.y;
  await page.getByTestId("composer").filter({ visible: true }).fill("one\ntwo\nthree\nfour\nfive");
  await expect.poll(async () => (await page.getByTestId("message-undo-toast").boundingBox())!.y).toBeLessThan(before);
  await clearOfDock();
});

test("copy gives the clean answer text, without GLM box tokens", async ({ chat, page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await chat.goto();
  await chat.ask(`[[scenario:think-in-content]] ${uniqueMarker()}`);
  const copy = chat.lastAssistant().getByTestId("copy-message-button");
  const shown = await textHistory(copy);
  await copy.click();
  await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toContain("The answer is 42.");
  expect(await shown()).toContainEqual(expect.stringContaining("Copied"));
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).not.toContain("<|");
});

test("a system prompt is kept per conversation and sent", async ({ chat, page }) => {
  await chat.goto();
  const marker = uniqueMarker();
  await chat.ask(`[[scenario:no-reasoning]] ${marker}`);
  // Settings only says where it is: one place edits it.
  const settings = await chat.openSettings();
  await expect(settings.getByTestId("system-prompt-where")).toContainText("This chat");
  await settings.getByTestId("settings-close").click();
  await page.getByTestId("chat-params-button").click();
  let panel = page.getByTestId("chat-params-panel");
  await panel.getByTestId("chat-system-prompt").fill("Answer like a pirate.");
  await panel.getByTestId("chat-params-save").click();
  await expect.poll(async () => (await readStore(page, "conversations")).map((c) => (c.settings as { systemPrompt?: string }).systemPrompt)).toEqual(["Answer like a pirate."]);
  await chat.reload();
  await page.getByTestId("chat-params-button").click();
  panel = page.getByTestId("chat-params-panel");
  await expect(panel.getByTestId("chat-system-prompt")).toHaveValue("Answer like a pirate.");
  await panel.getByTestId("chat-params-panel-close").click();
  await expect((await chat.openSettings()).getByTestId("storage-row")).toHaveCount(1);
  await page.getByTestId("settings-close").click();
  const next = uniqueMarker();
  await chat.ask(`[[scenario:no-reasoning]] ${next}`);
  const body = (await requestWith(next)).body as { messages: { role: string; content: string }[] };
  expect(body.messages[0]).toEqual({ role: "system", content: "Answer like a pirate." });
});

test("a system prompt closed without Save is there when the dialog opens again, until saved or discarded", async ({ chat, page }) => {
  await chat.goto();
  await chat.ask(`[[scenario:no-reasoning]] ${uniqueMarker()}`);
  const panel = page.getByTestId("chat-params-panel");
  await page.getByTestId("chat-params-button").click();
  await panel.getByTestId("chat-system-prompt").fill("A long prompt I do not want to type again.");
  await page.keyboard.press("Escape");
  await expect(panel).toHaveCount(0);
  await page.getByTestId("chat-params-button").click();
  await expect(panel.getByTestId("chat-system-prompt")).toHaveValue("A long prompt I do not want to type again.");
  await expect(panel.getByTestId("chat-params-unsaved")).toContainText("not yet saved");
  // Not saved: nothing stored until Save.
  expect((await readStore(page, "conversations")).map((c) => (c.settings as { systemPrompt?: string }).systemPrompt ?? "")).toEqual([""]);
  await panel.getByTestId("chat-params-discard").click();
  await expect(panel.getByTestId("chat-system-prompt")).toHaveValue("");
  await expect(panel.getByTestId("chat-params-unsaved")).toHaveCount(0);
  await panel.getByTestId("chat-system-prompt").fill("Be brief.");
  await panel.getByTestId("chat-params-save").click();
  await page.getByTestId("chat-params-button").click();
  await expect(panel.getByTestId("chat-system-prompt")).toHaveValue("Be brief.");
  await expect(panel.getByTestId("chat-params-unsaved")).toHaveCount(0);
});

test("export as JSON and Markdown zip, delete, import back twice: one copy, everything there", async ({ chat, page }) => {
  await chat.goto();
  const marker = uniqueMarker();
  await chat.ask(`[[scenario:gui-click]] ${marker}`);
  await page.getByTestId("export-button").click();
  const zipDownload = page.waitForEvent("download");
  await page.getByTestId("export-markdown-button").click();
  const zip = await zipDownload;
  expect(zip.suggestedFilename()).toMatch(/\.zip$/);
  expect(readFileSync((await zip.path())!).subarray(0, 2).toString()).toBe("PK");

  await page.getByTestId("export-button").click();
  const jsonDownload = page.waitForEvent("download");
  await page.getByTestId("export-json-button").click();
  const json = await jsonDownload;
  const file = (await json.path())!;
  const exported = JSON.parse(readFileSync(file, "utf8"));
  expect(exported.conversations).toHaveLength(1);
  expect(JSON.stringify(exported)).toContain(marker);

  await chat.conversationItem(marker).getByTestId("delete-button").click();
  await expect(chat.conversationItems()).toHaveCount(0);
  const panel = await chat.openSettings();
  await panel.getByTestId("import-input").setInputFiles(file);
  await expect(panel.getByTestId("import-result")).toContainText("Imported 1 conversation");
  await expect(panel.getByTestId("import-result")).not.toContainText("already");
  // The picker is emptied after each import, so choosing the same file again is a change the
  // browser reports (it sends none for a file already chosen).
  await expect(panel.getByTestId("import-input")).toHaveJSProperty("value", "");
  await panel.getByTestId("import-input").setInputFiles(file);
  await expect(panel.getByTestId("import-result")).toHaveText("Nothing new: this conversation was already in this browser (merged, nothing duplicated).");
  await expect(panel.getByTestId("import-result")).toHaveAttribute("role", "status");
  // A refused file reads as a refusal, not in the success line's grey.
  await panel.getByTestId("import-input").setInputFiles({ name: "broken.json", mimeType: "application/json", buffer: Buffer.from("{not json") });
  await expect(panel.getByRole("alert")).toContainText("Not imported");
  await expect(panel.getByTestId("import-result")).toHaveAttribute("data-failed", "true");
  // JSON that is not an export: the reason in plain words, not a schema's.
  await panel.getByTestId("import-input").setInputFiles({ name: "other.json", mimeType: "application/json", buffer: Buffer.from('{"format":"something-else"}') });
  await expect(panel.getByTestId("import-result")).toHaveText("Not imported: This is not a GLM Chat export.");
  await panel.getByTestId("settings-close").click();
  await expect(chat.conversationItems()).toHaveCount(1);
  await chat.conversationItem(marker).getByTestId("conversation-open").click();
  await expect(page.getByTestId("message-user")).toContainText(marker);
  await expect(chat.lastAssistant()).toContainText("left_click");
  await expect(page.getByTestId("reasoning-toggle")).toHaveText(/Thought for \d+ s/);
  expect((await readStore(page, "messages")).length).toBe(2);

  // Export all gives the same conversation.
  const all = page.waitForEvent("download");
  const settings = await chat.openSettings();
  await settings.getByTestId("export-all-button").click();
  expect(JSON.parse(readFileSync((await (await all).path())!, "utf8")).conversations).toHaveLength(1);

  // A file with one damaged conversation: the intact one comes in, the damaged one is named.
  const copy = (id: string, title: string) => ({ ...structuredClone(exported.conversations[0]), conversation: { ...exported.conversations[0].conversation, id, title } });
  const damaged = copy("damaged-copy", "Damaged copy");
  damaged.messages[0].role = "robot";
  const mixed = { ...exported, conversations: [damaged, copy("intact-copy", "Intact copy")] };
  await settings.getByTestId("import-input").setInputFiles({ name: "mixed.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(mixed)) });
  await expect(settings.getByTestId("import-result")).toHaveText(
    "Imported 1 conversation (2 messages, 0 attachments). 1 in the file was damaged and left out (conversation 1: its “role” is missing or wrong).",
  );
  await expect(settings.getByTestId("import-result")).toHaveAttribute("data-failed", "false");
  // Every conversation damaged: refused as before, nothing written.
  const allDamaged = { ...exported, conversations: [{ ...damaged, conversation: { ...damaged.conversation, id: "only-damaged", title: "Only damaged" } }] };
  await settings.getByTestId("import-input").setInputFiles({ name: "damaged.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(allDamaged)) });
  await expect(settings.getByTestId("import-result")).toHaveText("Not imported: Conversation 1 in this file is damaged (its “role” is missing or wrong). Nothing was imported.");
  await expect(settings.getByTestId("import-result")).toHaveAttribute("data-failed", "true");
  await settings.getByTestId("settings-close").click();
  await expect(chat.conversationItem("Intact copy")).toHaveCount(1);
  await expect(chat.conversationItems()).toHaveCount(2);
  await chat.conversationItem("Intact copy").getByTestId("conversation-open").click();
  await expect(page.getByTestId("message-user")).toContainText(marker);
  await expect(chat.lastAssistant()).toContainText("left_click");
});
