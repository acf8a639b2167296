import type { BrowserContext, Page } from "@playwright/test";
import { en } from "./support/catalogue";
import { ChatPage, expect, test } from "./support/chat-page";
import { readStore } from "./support/idb";
import { openGate, requestWith, uniqueMarker } from "./support/stand-in-client";

/**
 * One conversation open in two tabs of one browser profile (tab A answers, tab B watches): B
 * follows A's answer, cannot send on top of it but can stop it, marks the chat as answering in its
 * history, and sees it end however A's tab ends; A shows what B changed meanwhile, and keeps an
 * edit it has open when B's change takes its question off screen.
 */

/** A conversation with one finished exchange, open in `page` (tab A) and in a second tab (B). */
async function openTwice(chat: ChatPage, context: BrowserContext): Promise<{ id: string; b: ChatPage }> {
  await chat.goto();
  await chat.ask(`[[scenario:no-reasoning]] ${uniqueMarker()}`);
  const id = await chat.conversationId();
  const b = new ChatPage(await context.newPage());
  await b.gotoConversation(id);
  await expect(b.lastAssistant()).toHaveAttribute("data-status", "done");
  return { id, b };
}

/** Tab A asks a long question that holds at `gate` after 80 chunks; B sees it streaming. */
async function answerHeldInA(chat: ChatPage, b: ChatPage, gate: string) {
  await chat.send(`[[scenario:long]] [[gate:${gate}@80]] ${uniqueMarker()}`);
  await expect(chat.lastAssistant()).toContainText("sentence 3.");
  await expect(b.page.getByTestId("message-assistant")).toHaveCount(2);
  await expect(b.lastAssistant()).toHaveAttribute("data-status", "streaming");
  await expect(b.lastAssistant()).toContainText("sentence 1.");
}

/** The held answer as stored once A's interval saver has caught up with the 80 chunks A shows. */
async function savedHeldAnswer(page: Page): Promise<string> {
  let saved = "";
  await expect
    .poll(async () => {
      saved = String((await readStore(page, "messages")).find((m) => m.status === "streaming")?.content ?? "");
      return saved.length > 0 && (await page.getByTestId("message-assistant").last().innerText()).includes(lastSentence(saved));
    })
    .toBe(true);
  return saved;
}

/** The chat's row in this tab's history column, and its "Answering…" mark. */
const answeringMark = (tab: ChatPage, id: string) => tab.page.locator(`[data-testid="conversation-item"][data-id="${id}"]`).getByTestId("conversation-answering");

const lastSentence = (text: string) => /sentence \d+\.(?![\s\S]*sentence \d+\.)/.exec(text)?.[0] ?? "";

// Closing (or reloading) the tab is the case a test can drive: a crash ends the tab the same way
// for this purpose (the browser lets go of its locks), but Page.crash takes down the renderer that
// Chromium shares between the two tabs of one site here.
test("tab A closed mid-answer: tab B shows the answer as saved and interrupted, without a reload", async ({ chat, page, context }) => {
  const { id, b } = await openTwice(chat, context);
  const gate = uniqueMarker();
  await answerHeldInA(chat, b, gate);
  await expect(answeringMark(b, id)).toHaveText(en.sidebar.answering);
  const saved = await savedHeldAnswer(page);
  await page.close();
  // No tab is left to say the answer ended: B's history unmarks it once the browser lets go of its lock.
  await expect(answeringMark(b, id)).toHaveCount(0);
  const answer = b.lastAssistant();
  await expect(answer).toHaveAttribute("data-status", "interrupted");
  await expect(answer.getByTestId("interrupted-badge")).toBeVisible();
  await expect(answer).toContainText(lastSentence(saved));
  // Ended here too: B may go on (Continue on the interrupted answer, or a new question).
  await expect(b.page.getByTestId("answering-elsewhere")).toHaveCount(0);
  await expect(answer.getByTestId("continue-button")).toBeEnabled();
  await b.composer.fill("next");
  await expect(b.sendButton).toBeEnabled();
  await openGate(gate);
});

test("while tab A answers, tab B follows it but cannot send on the half answer; A shows what B did meanwhile", async ({ chat, page, context }) => {
  const { b } = await openTwice(chat, context);
  const gate = uniqueMarker();
  await answerHeldInA(chat, b, gate);

  // B: the composer says why it cannot send, and keeps the text; nothing starts from B.
  const followUp = uniqueMarker();
  await b.composer.fill(`[[scenario:no-reasoning]] ${followUp}`);
  await expect(b.page.getByTestId("answering-elsewhere")).toHaveText(en.chat.answeringElsewhere);
  await expect(b.sendButton).toHaveCount(0);
  await expect(b.stopButton).toBeVisible();
  await b.composer.press("Enter");
  await expect(b.composer).toHaveValue(`[[scenario:no-reasoning]] ${followUp}`);
  await expect(b.page.getByTestId("message-user")).toHaveCount(2);
  const firstAnswer = b.page.getByTestId("message-assistant").first();
  await expect(firstAnswer.getByTestId("regenerate-button")).toBeDisabled();
  // What B may still do: rate the earlier answer. A, busy answering, hears of it.
  await firstAnswer.getByTestId("feedback-up").click();
  await expect(firstAnswer.getByTestId("feedback-up")).toHaveAttribute("aria-pressed", "true");

  await openGate(gate);
  await chat.waitForAnswerDone();
  // A, idle again, shows B's rating without a reload.
  await expect(page.getByTestId("message-assistant").first().getByTestId("feedback-up")).toHaveAttribute("aria-pressed", "true");
  // B sees the whole answer, ended, and may send: its question carries the whole answer.
  await expect(b.lastAssistant()).toHaveAttribute("data-status", "done");
  await expect(b.lastAssistant()).toContainText("sentence 400.");
  await expect(b.page.getByTestId("answering-elsewhere")).toHaveCount(0);
  await b.composer.press("Enter");
  await expect(b.lastAssistant()).toContainText(`Answer without reasoning to: ${followUp}`);
  const sent = (await requestWith(followUp)).body as { messages: { role: string; content: unknown }[] };
  expect(String(sent.messages.at(-2)?.content)).toContain("sentence 400.");
  // And A shows B's question and its answer without a reload.
  await expect(page.getByTestId("message-user").last()).toContainText(followUp);
  await expect(chat.lastAssistant()).toContainText(`Answer without reasoning to: ${followUp}`);
});

test("tab B's Stop stops the answer tab A streams, kept as stopped in both; B's history marks the chat while it answers", async ({ chat, page, context }) => {
  const { id, b } = await openTwice(chat, context);
  const gate = uniqueMarker();
  await answerHeldInA(chat, b, gate);
  // B's history marks the chat as A's own would.
  await expect(answeringMark(b, id)).toHaveText(en.sidebar.answering);

  // B offers the composer's Stop, and pressing it stops the answer in A as A's Stop would. A's
  // scripts are held first, so A has not yet heard it: B says it was, instead of showing Stop as if
  // nothing happened.
  const debuggerA = await context.newCDPSession(page);
  await debuggerA.send("Debugger.enable");
  await debuggerA.send("Debugger.pause");
  await b.stopButton.click();
  await expect(b.stopButton).toHaveText(en.chat.stopping);
  await expect(b.stopButton).toHaveAttribute("aria-busy", "true");
  await debuggerA.send("Debugger.resume");
  await debuggerA.detach();
  const answerA = chat.lastAssistant();
  await expect(answerA).toHaveAttribute("data-status", "done");
  await expect(answerA.getByTestId("stopped-note")).toHaveText(en.chat.stopped);
  await expect(chat.sendButton).toBeVisible();
  const kept = lastSentence(await answerA.innerText());
  expect(kept).not.toBe("");
  // Saved as stopped, with its text.
  await expect
    .poll(async () => String((await readStore(page, "messages")).find((m) => m.finishReason === "aborted")?.content ?? ""))
    .toContain(kept);

  // B shows the same stopped answer, unmarks the chat and may send again.
  const answerB = b.lastAssistant();
  await expect(answerB).toHaveAttribute("data-status", "done");
  await expect(answerB.getByTestId("stopped-note")).toBeVisible();
  await expect(answerB).toContainText(kept);
  await expect(answeringMark(b, id)).toHaveCount(0);
  await expect(b.page.getByTestId("answering-elsewhere")).toHaveCount(0);
  await expect(b.stopButton).toHaveCount(0);
  await expect(b.sendButton).toBeVisible();
  await openGate(gate);
});

test("tab B saves its edit of the question tab A is editing: A follows, says so, and keeps its edit for that version", async ({ chat, page, context }) => {
  const { b } = await openTwice(chat, context);
  await page.getByTestId("message-user").getByTestId("edit-message-button").click();
  const mine = `rewritten in tab A ${uniqueMarker()}`;
  await page.getByTestId("edit-message-input").fill(mine);

  // B's Save & send forgets the stored edit of that question, which the tabs share.
  const theirs = uniqueMarker();
  await b.page.getByTestId("message-user").getByTestId("edit-message-button").click();
  await b.page.getByTestId("edit-message-input").fill(`[[scenario:no-reasoning]] ${theirs}`);
  await b.page.getByTestId("edit-save-button").click();

  // A shows B's version; its editor went with the version it was on, and A says so in words.
  await expect(page.getByTestId("message-user")).toContainText(theirs);
  await expect(page.getByTestId("message-editor")).toHaveCount(0);
  const notice = page.getByTestId("edit-away-notice");
  await expect(notice).toContainText(en.chat.editAwayHidden);
  // Focus, lost with the editor, is on what says so.
  await expect(notice).toBeFocused();
  // Once B's answer is done, A's edit is shown again on its own version, as typed.
  await expect(chat.lastAssistant()).toContainText(`Answer without reasoning to: ${theirs}`);
  await notice.getByTestId("edit-away-show").click();
  await expect(page.getByTestId("edit-message-input")).toHaveValue(mine);
  await expect(notice).toHaveCount(0);
});
