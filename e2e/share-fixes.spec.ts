/** What a shared page says about answers that were cut or failed, and "My shared links" revoking with care. */
import { en, zh } from "./support/catalogue";
import { expect, test } from "./support/chat-page";
import { createShareLink, openAsVisitor } from "./support/share-link";
import { uniqueMarker } from "./support/stand-in-client";

test("a shared answer cut at the length limit says so, and a failed one says there was no answer", async ({ chat, page, browser }) => {
  await chat.goto();
  const marker = uniqueMarker();
  await chat.ask(`[[scenario:length]] Tell it long ${marker}`);
  await chat.send(`[[scenario:error-1302]] Once more ${marker}`);
  await expect(chat.lastAssistant().getByTestId("message-error")).toBeVisible();
  await chat.ask(`[[scenario:no-reasoning]] And now? ${marker}`);
  const url = await createShareLink(page);

  // Before: the cut answer ended "right in the mid" with nothing after it, and the failed turn
  // was left out, so the second question was followed straight by the third.
  const { page: shared, close } = await openAsVisitor(browser, url);
  const messages = shared.getByTestId("shared-message");
  await expect(messages).toHaveCount(6);
  expect(await messages.evaluateAll((all) => all.map((m) => m.getAttribute("data-role")))).toEqual(["user", "assistant", "user", "assistant", "user", "assistant"]);
  await expect(messages.nth(1)).toContainText("right in the mid");
  await expect(messages.nth(1).getByTestId("shared-answer-ending")).toHaveText(en.shared.cutLength);
  await expect(messages.nth(3).getByTestId("shared-answer-ending")).toHaveText("No answer: the request failed (Provider busy).");
  // Of the error only its code travels, never the provider's words.
  await expect(messages.nth(3)).not.toContainText("Rate limit reached");
  await expect(messages.nth(5).getByTestId("shared-answer-ending")).toHaveCount(0);
  await close();

  const zhVisitor = await browser.newContext({ javaScriptEnabled: false, locale: "zh-CN", extraHTTPHeaders: { "Accept-Language": "zh-CN,zh;q=0.9" } });
  const zhPage = await zhVisitor.newPage();
  await zhPage.goto(url);
  const zhMessages = zhPage.getByTestId("shared-message");
  await expect(zhMessages.nth(1).getByTestId("shared-answer-ending")).toHaveText(zh.shared.cutLength);
  await expect(zhMessages.nth(3).getByTestId("shared-answer-ending")).toHaveText(zh.shared.failed.replace("{reason}", zh.errors.title.upstream_rate_limited));
  await zhVisitor.close();
});

test("a shared page says which answers were stopped, cut or textless, leaves none out, and Continue this chat keeps the cut ones continuable", async ({ chat, page, browser }) => {
  await chat.goto();
  const [marker, gate] = [uniqueMarker(), uniqueMarker()];
  // Three chunks, then the stand-in holds: Stop lands mid-answer however fast the machine is.
  await chat.send(`[[scenario:no-reasoning]] [[gate:${gate}@3]] Stop me ${marker}`);
  await expect(chat.lastAssistant()).toContainText("Answer with");
  await chat.stopButton.click();
  await expect(chat.lastAssistant().getByTestId("stopped-note")).toBeVisible();
  await chat.ask(`[[scenario:network-error]] Fail midway ${marker}`);
  await chat.ask(`[[scenario:drop]] Drop midway ${marker}`);
  await expect(chat.lastAssistant().getByTestId("message-error")).toBeVisible();
  await chat.ask(`[[scenario:reasoning-length]] Think hard ${marker}`);
  await chat.ask(`[[scenario:tool-call]] Weather? ${marker}`);
  await expect(chat.lastAssistant().getByTestId("tool-call-card")).toBeVisible();
  await chat.ask(`[[scenario:no-reasoning]] And now? ${marker}`);
  const url = await createShareLink(page, { reasoning: true });

  // Before: the stopped and the failed-midway answers read as complete, and the reasoning-only and
  // tool-call answers were left out, so their questions were followed straight by the next ones.
  const { page: shared, close } = await openAsVisitor(browser, url);
  const messages = shared.getByTestId("shared-message");
  await expect(messages).toHaveCount(12);
  expect(await messages.evaluateAll((all) => all.map((m) => m.getAttribute("data-role")))).toEqual(Array.from({ length: 6 }, () => ["user", "assistant"]).flat());
  const ending = (i: number) => messages.nth(i).getByTestId("shared-answer-ending");
  await expect(messages.nth(1)).toContainText("Answer with");
  await expect(ending(1)).toHaveText(en.chat.stopped);
  await expect(messages.nth(3)).toContainText("Partial answer before inference failed");
  await expect(ending(3)).toHaveText(en.shared.cut);
  // One sentence: "Cut off: the request failed (Answer cut off)" named the same cut twice.
  await expect(ending(5)).toHaveText(en.shared.dropped);
  await expect(messages.nth(7).getByTestId("shared-reasoning")).toContainText("I keep considering the problem");
  await expect(ending(7)).toHaveText(en.shared.thinking);
  await expect(messages.nth(9).getByTestId("tool-call-summary")).toContainText("get_weather");
  await expect(ending(9)).toHaveText(en.shared.toolCall);
  await expect(ending(11)).toHaveCount(0);
  await close();

  const visitor = await browser.newContext();
  const copy = await visitor.newPage();
  await copy.goto(url);
  await copy.locator('[data-testid="continue-shared-chat"][data-hydrated]').click();
  await copy.waitForURL(/\/c\/[^/]+$/);
  const answers = copy.getByTestId("message-assistant");
  const list = copy.getByTestId("message-list");
  await expect(list).toHaveAttribute("data-count", "12");
  // The list mounts the newest rows first and older ones as the reader scrolls up: the reasoning-only
  // answer's trace shows open, so the newest rows alone can fill the view.
  await expect(async () => {
    await list.evaluate((el) => (el.scrollTop = 0));
    await expect(answers).toHaveCount(6, { timeout: 2000 });
  }).toPass();
  // Each cut answer goes on from where it stopped in the copy too, as in the sharer's chat.
  await expect(answers.nth(0).getByTestId("stopped-note")).toHaveText(en.chat.stopped);
  for (const i of [0, 1, 2]) await expect(answers.nth(i).getByTestId("continue-button")).toBeVisible();
  await expect(answers.nth(1).getByTestId("message-error")).toHaveAttribute("data-code", "network_error");
  await expect(answers.nth(2).getByTestId("message-error")).toHaveAttribute("data-code", "stream_interrupted");
  await expect(answers.nth(3).getByTestId("message-error")).toHaveAttribute("data-code", "length_thinking");
  await expect(answers.nth(4).getByTestId("tool-call-card")).toBeVisible();
  await visitor.close();
});

test("My shared links: Copy link per row, Revoke asks first (Escape or Keep cancels), then says Link revoked and No shared links left", async ({ chat, page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await chat.goto();
  await chat.ask(`[[scenario:no-reasoning]] Share me ${uniqueMarker()}`);
  const url = await createShareLink(page);
  await page.getByTestId("share-dialog-close").click();
  await page.getByTestId("shared-links-button").click();
  const panel = page.getByTestId("shared-links-panel");
  const item = panel.locator(`[data-share-id="${url.split("/s/")[1]}"]`);

  await item.getByTestId("copy-share-link").click();
  await expect(item.getByTestId("copy-share-link")).toHaveText("Copied");
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(url);

  // Before: one click revoked at once. Now it asks, and Escape cancels the question, not the dialog.
  const revoke = item.getByTestId("revoke-share-button");
  await revoke.click();
  await expect(item.getByTestId("revoke-question")).toHaveText(en.share.revokeAsk);
  await expect(revoke).toHaveText("Yes, revoke");
  await expect(revoke).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(panel).toBeVisible();
  await expect(item.getByTestId("revoke-question")).toHaveCount(0);
  await expect(revoke).toHaveText("Revoke");
  await expect(revoke).toBeFocused();
  expect((await fetch(url)).status).toBe(200);

  await page.keyboard.press("Enter");
  await item.getByTestId("revoke-cancel-button").click();
  await expect(item.getByTestId("revoke-question")).toHaveCount(0);
  expect((await fetch(url)).status).toBe(200);

  // Confirmed from the keyboard: the same button, pressed twice.
  await revoke.focus();
  await page.keyboard.press("Enter");
  await page.keyboard.press("Enter");
  await expect(item).toHaveCount(0);
  await expect(panel.getByRole("status")).toHaveText("Link revoked.");
  // Before: "No links shared from this browser yet", as if the link had never been.
  await expect(panel.getByTestId("shared-links-empty")).toHaveText("No shared links left.");
  await expect.poll(async () => (await fetch(url)).status).toBe(404);

  // Still true when the dialog is opened again.
  await page.keyboard.press("Escape");
  await expect(panel).toHaveCount(0);
  await page.getByTestId("shared-links-button").click();
  await expect(page.getByTestId("shared-links-panel").getByTestId("shared-links-empty")).toHaveText("No shared links left.");
});
