import { readFileSync } from "node:fs";
import type { Locator, Page } from "@playwright/test";
import { expect, test, type ChatPage } from "./support/chat-page";
import { readStore } from "./support/idb";
import { openGate, recordedRequests, requestWith, uniqueMarker } from "./support/stand-in-client";

/** Answer versions (a tree), Continue after the token cap, feedback and the model label (issue 13). */

type Sent = { messages: { role: string; content: unknown }[] };

/** `[[scenario:take]]` answers "Take N: ..." with a new N each time; this reads N back. */
async function takeOf(answer: Locator): Promise<string> {
  await expect(answer).toContainText(/Take \d+:/);
  return /Take \d+:/.exec((await answer.textContent()) ?? "")![0];
}

async function exportJson(page: Page) {
  await page.getByTestId("export-button").click();
  const download = page.waitForEvent("download");
  await page.getByTestId("export-json-button").click();
  return JSON.parse(readFileSync((await (await download).path())!, "utf8"));
}

async function editFirstQuestion(chat: ChatPage, text: string) {
  await chat.page.getByTestId("message-user").first().getByTestId("edit-message-button").click();
  await chat.page.getByTestId("edit-message-input").fill(text);
  await chat.page.getByTestId("edit-save-button").click();
  await chat.waitForAnswerDone();
}

test("regenerate keeps version 1; the chat goes on from the version shown, and a reload keeps the tree and the choice", async ({ chat, page }) => {
  await chat.goto();
  const marker = uniqueMarker();
  await chat.ask(`[[scenario:take]] ${marker}`);
  const answer = page.getByTestId("message-assistant").first();
  const first = await takeOf(answer);
  await expect(answer.getByTestId("version-switcher")).toHaveCount(0);

  await answer.getByTestId("regenerate-button").click();
  await chat.waitForAnswerDone();
  await expect(answer.getByTestId("version-label")).toHaveText("2/2");
  const second = await takeOf(answer);
  expect(second).not.toBe(first);
  await expect(page.getByTestId("message-assistant")).toHaveCount(1);

  // By keyboard: the switcher keeps focus while the version under it changes.
  await answer.getByTestId("version-prev").focus();
  await page.keyboard.press("Enter");
  await expect(answer.getByTestId("version-label")).toHaveText("1/2");
  await expect(answer).toContainText(first);
  await expect(answer.getByTestId("version-prev")).toBeDisabled();
  await expect(answer.getByTestId("version-prev")).toBeFocused();

  const next = uniqueMarker();
  await chat.ask(`[[scenario:no-reasoning]] ${next}`);
  const sent = JSON.stringify(((await requestWith(next)).body as Sent).messages);
  expect(sent).toContain(first);
  expect(sent).not.toContain(second);

  await chat.reload();
  await expect(page.getByTestId("message-user")).toHaveCount(2);
  await expect(answer.getByTestId("version-label")).toHaveText("1/2");
  await expect(answer).toContainText(first);
  // Version 2 has no follow-up: switching shows its branch, switching back brings the follow-up again.
  await answer.getByTestId("version-next").click();
  await expect(answer).toContainText(second);
  await expect(page.getByTestId("message-user")).toHaveCount(1);
  await answer.getByTestId("version-prev").click();
  await expect(page.getByTestId("message-user")).toHaveCount(2);
  await expect(page.getByTestId("message-user").last()).toContainText(next);

  // The JSON export keeps every version and which one is shown.
  const exported = (await exportJson(page)).conversations[0];
  expect(exported.messages).toHaveLength(5);
  const byTake = (take: string) => exported.messages.find((m: { content: string }) => m.content.includes(take));
  expect(byTake(first).parentId).toBe(byTake(second).parentId);
  expect(Object.values(exported.conversation.branches)).toContain(byTake(first).id);
});

test("edit & resend makes a branch of the question; switching it switches everything after; a share holds the shown branch", async ({ chat, page, browser }) => {
  await chat.goto();
  const [a, b, c] = [uniqueMarker(), uniqueMarker(), uniqueMarker()];
  await chat.ask(`[[scenario:no-reasoning]] ${a}`);
  await chat.ask(`[[scenario:no-reasoning]] ${b}`);
  await editFirstQuestion(chat, `[[scenario:no-reasoning]] ${c}`);
  const question = page.getByTestId("message-user").first();
  await expect(page.getByTestId("message-user")).toHaveCount(1);
  await expect(question).toContainText(c);
  await expect(question.getByTestId("version-label")).toHaveText("2/2");
  await expect(chat.lastAssistant()).toContainText(`Answer without reasoning to: ${c}`);
  expect(JSON.stringify(((await requestWith(c)).body as Sent).messages)).not.toContain(a);

  await question.getByTestId("version-prev").click();
  await expect(page.getByTestId("message-user")).toHaveCount(2);
  await expect(question).toContainText(a);
  await expect(page.getByTestId("message-user").last()).toContainText(b);
  await question.getByTestId("version-next").click();
  await expect(page.getByTestId("message-user")).toHaveCount(1);
  await expect(question).toContainText(c);

  await page.getByTestId("share-button").click();
  const dialog = page.getByTestId("share-dialog");
  await dialog.getByTestId("share-create-button").click();
  const link = dialog.getByTestId("share-link");
  await expect(link).toHaveValue(/\/s\/[A-Za-z0-9_-]{16,}$/);
  const url = await link.inputValue();
  const context = await browser.newContext();
  const visitor = await context.newPage();
  await visitor.goto(url);
  const shared = visitor.getByTestId("shared-message");
  await expect(shared).toHaveCount(2);
  await expect(shared.first()).toContainText(c);
  // (The title stays the one the chat got from its first question.)
  const texts = (await shared.allTextContents()).join("\n");
  expect(texts).not.toContain(a);
  expect(texts).not.toContain(b);
  await context.close();
});

test("an answer the user stopped after some text offers Continue, which appends the rest", async ({ chat, page }) => {
  await chat.goto();
  const [marker, gate] = [uniqueMarker(), uniqueMarker()];
  // Three chunks, then the stand-in holds: Stop lands mid-answer however fast the machine is.
  await chat.send(`[[scenario:no-reasoning]] [[gate:${gate}@3]] ${marker}`);
  const answer = chat.lastAssistant();
  await expect(answer).toContainText("Answer with");
  await chat.stopButton.click();
  await expect(answer.getByTestId("stopped-note")).toBeVisible();
  await expect(answer).not.toContainText("without");
  await answer.getByTestId("continue-button").click();
  await expect(answer).toContainText(`Answer without reasoning to: ${marker}`);
  await chat.waitForAnswerDone();
  await expect(answer.getByTestId("stopped-note")).toHaveCount(0);
  await expect(answer.getByTestId("continue-button")).toHaveCount(0);
  await expect(page.getByTestId("message-assistant")).toHaveCount(1);
  // The stopped part was never reported: its tokens are not in the line, and the line says so.
  await expect(answer.getByTestId("usage-unreported")).toHaveText(" · an earlier part not counted");
  await openGate(gate);
});

test("Continue after the token cap appends to the same answer, sending the partial answer and a hidden instruction", async ({ chat, page }) => {
  await chat.goto();
  const marker = uniqueMarker();
  await chat.ask(`[[scenario:length]] ${marker}`);
  const answer = chat.lastAssistant();
  const partial = "This answer is long and gets cut by the token cap right in the mid";
  await expect(answer).toContainText(partial);
  // In the card that says the answer was cut, next to Retry (it was under the card, apart from it).
  await expect(answer.getByTestId("message-error").getByTestId("retry-button")).toBeVisible();
  const tokens = async () => {
    const [prompt, completion] = ((await answer.getByTestId("usage-line").textContent()) ?? "").replace(/,/g, "").match(/\d+/g)!.map(Number);
    return { prompt, completion };
  };
  const cut = await tokens();
  await answer.getByTestId("message-error").getByTestId("continue-button").click();
  await chat.waitForAnswerDone();
  await expect(answer.getByTestId("continue-button")).toHaveCount(0);
  // Both requests counted: the cut part's tokens are not replaced by the continuation's.
  await expect.poll(async () => (await tokens()).completion).toBeGreaterThan(cut.completion);
  expect((await tokens()).prompt).toBeGreaterThan(cut.prompt);
  await expect(answer.getByTestId("usage-unreported")).toHaveCount(0);
  // Picked up mid-word: one answer, nothing repeated.
  await expect(answer).toContainText(`${partial}dle of a word, and Continue picks it up from there.`);
  await expect(page.getByTestId("message-assistant")).toHaveCount(1);
  await expect(page.getByTestId("message-user")).toHaveCount(1);

  let continued: Sent["messages"] = [];
  await expect
    .poll(async () => {
      const found = (await recordedRequests(marker)).find((r) => JSON.stringify(r.body).includes(marker) && JSON.stringify(r.body).includes(`"content":"${partial}"`));
      continued = (found?.body as Sent | undefined)?.messages ?? [];
      return continued.length;
    })
    .toBeGreaterThan(0);
  expect(continued.at(-2)).toEqual({ role: "assistant", content: partial });
  expect(continued.at(-1)?.role).toBe("user");
  expect(JSON.stringify(continued.at(-1))).toMatch(/continue/i);

  await chat.reload();
  await expect(chat.lastAssistant()).toContainText(`${partial}dle of a word`);
  await expect(page.getByTestId("message-user")).toHaveCount(1);
});

test("feedback with a note is kept over a reload and exported; each answer names its model", async ({ chat, page }) => {
  await chat.goto();
  const marker = uniqueMarker();
  await chat.ask(`[[scenario:no-reasoning]] ${marker}`);
  const answer = chat.lastAssistant();
  const model = await page.getByTestId("model-picker").getAttribute("data-value");
  await expect(answer.getByTestId("answer-model")).toHaveAttribute("data-value", model!);
  await expect(answer.getByTestId("answer-model")).not.toBeEmpty();

  await expect(answer.getByTestId("feedback-note")).toHaveCount(0);
  await answer.getByTestId("feedback-down").click();
  await expect(answer.getByTestId("feedback-down")).toHaveAttribute("aria-pressed", "true");
  await answer.getByTestId("feedback-note").fill("Too vague");
  await answer.getByTestId("feedback-note").press("Enter");
  // The note's write queues behind the verdict's; a reload a few ms after Enter (faster than any
  // person) would abort it, so the test reloads once the note is in IndexedDB.
  await expect
    .poll(async () => (await readStore(page, "messages")).find((m) => m.role === "assistant")?.feedback)
    .toEqual({ rating: "down", note: "Too vague" });

  await chat.reload();
  await expect(chat.lastAssistant().getByTestId("feedback-down")).toHaveAttribute("aria-pressed", "true");
  await expect(chat.lastAssistant().getByTestId("feedback-up")).toHaveAttribute("aria-pressed", "false");
  await expect(chat.lastAssistant().getByTestId("feedback-note")).toHaveValue("Too vague");

  const exported = (await exportJson(page)).conversations[0];
  const rated = exported.messages.find((m: { role: string }) => m.role === "assistant");
  expect(rated.feedback).toEqual({ rating: "down", note: "Too vague" });
  expect(rated.model).toBe(model);

  // Pressing the chosen thumb again takes the verdict back.
  await chat.lastAssistant().getByTestId("feedback-down").click();
  await expect(chat.lastAssistant().getByTestId("feedback-down")).toHaveAttribute("aria-pressed", "false");
  await expect(chat.lastAssistant().getByTestId("feedback-note")).toHaveCount(0);
});
