import { readFileSync } from "node:fs";
import type { BrowserContext, Locator, Page } from "@playwright/test";
import en from "../lib/i18n/messages/en.json" with { type: "json" };
import zh from "../lib/i18n/messages/zh.json" with { type: "json" };
import { attachInput, expect, test } from "./support/chat-page";
import { uniqueMarker } from "./support/stand-in-client";

// Typed text that left with its editor: an edit of a question, the GUI agent's task before its first step.

test("an edit of a question left unsent comes back after a new chat, another chat and a reload; Cancel forgets it", async ({ chat, page }) => {
  await chat.goto();
  const question = `[[scenario:no-reasoning]] first question ${uniqueMarker()}`;
  await chat.ask(question);
  const id = await chat.conversationId();
  await page.getByTestId("message-user").getByTestId("edit-message-button").click();
  const input = page.getByTestId("edit-message-input");
  const rewrite = `a careful rewrite ${uniqueMarker()}`;
  await input.fill(rewrite);

  await page.keyboard.press("Control+Shift+O");
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByTestId("message-editor")).toHaveCount(0);
  // Back through the history list, as a user comes back.
  await chat.conversationItems().first().getByTestId("conversation-open").click();
  await expect(page).toHaveURL(new RegExp(`/c/${id}$`));
  await expect(input).toHaveValue(rewrite);

  await chat.reload();
  await expect(input).toHaveValue(rewrite);
  // Kept, it still counts as a change: the first Escape only asks.
  await input.press("Escape");
  await expect(page.getByTestId("edit-discard-hint")).toBeVisible();
  await page.getByTestId("edit-cancel-button").click();
  await expect(page.getByTestId("message-editor")).toHaveCount(0);
  await chat.reload();
  await expect(page.getByTestId("message-user")).toHaveCount(1);
  await expect(page.getByTestId("message-editor")).toHaveCount(0);
});

test("the GUI agent's task typed before the first step survives a reload; End session forgets it", async ({ chat, page }) => {
  await chat.goto();
  await page.getByTestId("agent-start-button").click();
  const task = `open the display settings ${uniqueMarker()}`;
  await page.getByTestId("agent-task-input").fill(task);
  await page.getByTestId("agent-platform-select").selectOption("android");
  await chat.reload();
  await expect(page.getByTestId("agent-task-input")).toHaveValue(task);
  await expect(page.getByTestId("agent-platform-select")).toHaveValue("android");

  await page.getByTestId("agent-end-button").click();
  await expect(page.getByTestId("agent-panel")).toHaveCount(0);
  await chat.reload();
  await expect(page.getByTestId("agent-start-button")).toBeVisible();
  await expect(page.getByTestId("agent-panel")).toHaveCount(0);
});

test("offline, Regenerate and an edit's Save & send wait for the connection, saying so, and make no version", async ({ chat, page, context }) => {
  await chat.goto();
  await chat.ask(`[[scenario:no-reasoning]] a question answered well ${uniqueMarker()}`);
  const answer = chat.lastAssistant();
  await context.setOffline(true);
  await expect(page.getByTestId("offline-notice")).toBeVisible();
  const regenerate = answer.getByTestId("regenerate-button");
  await expect(regenerate).toBeDisabled();
  await expect(regenerate).toHaveAttribute("title", en.offline.needsConnection);

  // The connection drops while a question is being edited (the editor's code is loaded online).
  await context.setOffline(false);
  await page.getByTestId("message-user").getByTestId("edit-message-button").click();
  const rewrite = `rewritten offline ${uniqueMarker()}`;
  await page.getByTestId("edit-message-input").fill(rewrite);
  await context.setOffline(true);
  const save = page.getByTestId("edit-save-button");
  await expect(save).toBeDisabled();
  await expect(save).toHaveAttribute("title", en.offline.needsConnection);
  // Enter, the editor's send key, does not send either: the typed edit stays.
  await page.getByTestId("edit-message-input").press("Enter");
  await expect(page.getByTestId("edit-message-input")).toHaveValue(rewrite);
  await expect(page.getByTestId("version-switcher")).toHaveCount(0);
  await expect(page.getByTestId("message-assistant")).toHaveCount(1);
  await expect(answer).not.toContainText(en.errors.title.offline);

  await context.setOffline(false);
  await expect(save).toBeEnabled();
  await expect(save).not.toHaveAttribute("title");
});

/**
 * Offline, each button waits, its title saying why, and `meanwhile` checks nothing was asked; back
 * online each works again with the title it had (undefined: none).
 */
async function expectHeldWhileOffline(context: BrowserContext, buttons: Array<[Locator, string | undefined]>, meanwhile: () => Promise<void>) {
  for (const [button] of buttons) await expect(button).toBeEnabled();
  await context.setOffline(true);
  for (const [button] of buttons) {
    await expect(button).toBeDisabled();
    await expect(button).toHaveAttribute("title", en.offline.needsConnection);
  }
  await meanwhile();
  await context.setOffline(false);
  for (const [button, title] of buttons) {
    await expect(button).toBeEnabled();
    if (title === undefined) await expect(button).not.toHaveAttribute("title");
    else await expect(button).toHaveAttribute("title", title);
  }
}

test("offline, the error card's Retry and Continue wait for the connection, saying so, and make no version", async ({ chat, page, context }) => {
  await chat.goto();
  // Broken off mid-way: the card offers Continue beside Retry.
  await chat.send(`[[scenario:network-error]] ${uniqueMarker()}`);
  const card = chat.lastAssistant().getByTestId("message-error");
  await expectHeldWhileOffline(context, [[card.getByTestId("retry-button"), undefined], [card.getByTestId("continue-button"), undefined]], async () => {
    await expect(page.getByTestId("version-switcher")).toHaveCount(0);
  });
});

const screenshot = { name: "gui-settings.png", mimeType: "image/png", buffer: readFileSync("e2e/fixtures/gui-settings.png") };

/** A GUI-agent step sent from the composer (a screenshot, no text). */
async function sendStep(page: Page) {
  await attachInput(page).setInputFiles(screenshot);
  await expect(page.getByTestId("send-button")).toBeEnabled();
  await page.getByTestId("send-button").click();
}

test("offline, the GUI agent's Retry step and Redo wait for the connection, saying so, and make no attempt", async ({ chat, page, context }) => {
  await chat.goto();
  await page.getByTestId("agent-start-button").click();
  const panel = page.getByTestId("agent-panel");
  await panel.getByTestId("agent-task-input").fill(`Save the settings as Ada ${uniqueMarker()}`);
  await sendStep(page);
  await expect(page.getByTestId("agent-step")).toHaveCount(1);
  await expect(page.getByTestId("message-assistant").last()).not.toHaveAttribute("data-status", "streaming");
  // Step 2 is refused: the panel offers it again.
  await page.route("**/api/chat", (route) => route.fulfill({ status: 500, contentType: "application/json", body: JSON.stringify({ error: { code: "internal", message: "boom" } }) }));
  await sendStep(page);
  await expect(page.getByTestId("message-assistant").last()).toHaveAttribute("data-status", "error");
  await expect(panel).toHaveAttribute("data-state", "unfinished");
  await page.unroute("**/api/chat");
  const redo = page.getByTestId("agent-step").first().getByTestId("agent-redo");
  await expectHeldWhileOffline(context, [[panel.getByTestId("agent-retry-step"), undefined], [redo, en.agent.redoTitle]], async () => {
    await expect(page.getByTestId("agent-step")).toHaveCount(2);
    await expect(page.getByTestId("message-assistant")).toHaveCount(2);
  });
});

test.describe("in Chinese", () => {
  test.use({ locale: "zh-CN", extraHTTPHeaders: { "Accept-Language": "zh-CN,zh;q=0.9,en;q=0.5" } });
  test("offline, Regenerate and the error card's Retry say in Chinese that they need a connection", async ({ chat, context }) => {
    await chat.goto();
    await chat.ask(`[[scenario:no-reasoning]] ${uniqueMarker()}`);
    await chat.send(`[[scenario:error-500]] ${uniqueMarker()}`);
    const card = chat.lastAssistant().getByTestId("message-error");
    await expect(card.getByTestId("retry-button")).toBeEnabled();
    await context.setOffline(true);
    await expect(chat.page.getByTestId("message-assistant").first().getByTestId("regenerate-button")).toHaveAttribute("title", zh.offline.needsConnection);
    await expect(card.getByTestId("retry-button")).toHaveAttribute("title", zh.offline.needsConnection);
  });
});

test("End session by keyboard: focus goes to the button that starts a session, and the end is announced", async ({ chat, page }) => {
  await chat.goto();
  await page.getByTestId("agent-start-button").click();
  const end = page.getByTestId("agent-end-button");
  await end.focus();
  await end.press("Enter");
  await expect(page.getByTestId("agent-panel")).toHaveCount(0);
  await expect(page.getByTestId("agent-start-button")).toBeFocused();
  await expect(page.getByTestId("live-region")).toContainText(en.agent.ended);
});
