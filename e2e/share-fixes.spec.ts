/** What a shared page says about answers that were cut or failed. */
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
  await expect(messages.nth(1).getByTestId("shared-answer-ending")).toHaveText(en.errors.text.length);
  await expect(messages.nth(3).getByTestId("shared-answer-ending")).toHaveText("No answer: the request failed (Provider busy).");
  // Of the error only its code travels, never the provider's words.
  await expect(messages.nth(3)).not.toContainText("Rate limit reached");
  await expect(messages.nth(5).getByTestId("shared-answer-ending")).toHaveCount(0);
  await close();

  const zhVisitor = await browser.newContext({ javaScriptEnabled: false, locale: "zh-CN", extraHTTPHeaders: { "Accept-Language": "zh-CN,zh;q=0.9" } });
  const zhPage = await zhVisitor.newPage();
  await zhPage.goto(url);
  const zhMessages = zhPage.getByTestId("shared-message");
  await expect(zhMessages.nth(1).getByTestId("shared-answer-ending")).toHaveText(zh.errors.text.length);
  await expect(zhMessages.nth(3).getByTestId("shared-answer-ending")).toHaveText(zh.shared.failed.replace("{reason}", zh.errors.title.upstream_rate_limited));
  await zhVisitor.close();
});
