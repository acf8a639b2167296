import { seedConversations } from "./support/idb";
import { APPS } from "./support/ports";
import { expect, test } from "./support/chat-page";

test("demo mode shows three labelled sample cards that run scripted answers on shipped samples", async ({ chat, page }) => {
  await chat.goto(APPS.demo.url);
  const cards = page.getByTestId("starter-card");
  await expect(cards).toHaveCount(3);
  await expect(cards.first()).toContainText("Sample");
  await expect(cards).toContainText(["Find the objects", "Next GUI step", "Read this report"]);

  await page.locator('[data-sample="objects"]').click();
  await expect(page.getByTestId("message-user").getByTestId("attachment-thumb")).toHaveCount(1);
  await chat.waitForAnswerDone();
  await expect(chat.lastAssistant().getByTestId("grounding-box")).toHaveCount(4);
});

test("the GUI sample draws the click, the report sample links its pages", async ({ chat, page }) => {
  await chat.goto(APPS.demo.url);
  await page.locator('[data-sample="gui"]').click();
  await expect(chat.lastAssistant()).toBeVisible();
  await chat.waitForAnswerDone();
  await expect(chat.lastAssistant().getByTestId("gui-action")).toHaveCount(1);

  await page.getByTestId("new-chat-button").click();
  await page.locator('[data-sample="report"]').click();
  await expect(page.getByTestId("message-user").getByTestId("attachment-thumb")).toHaveAttribute("data-pages", "3");
  await chat.waitForAnswerDone();
  await expect(chat.lastAssistant().getByTestId("page-link")).toHaveCount(3);
});

test("with a real key there are no sample cards", async ({ chat, page }) => {
  await chat.goto();
  await expect(page.getByRole("heading", { name: "What can GLM do for you?" })).toBeVisible();
  await expect(page.getByTestId("starter-cards")).toHaveCount(0);
});

test("a stored conversation opens without a new chat's welcome on the way, a missing one says so, New chat shows it", async ({ chat, page, request }) => {
  // The server cannot know what /c/<id> holds (it lives in the browser): its HTML says it is opening one.
  const html = await (await request.get(`${APPS.demo.url}/c/welcome-check`)).text();
  expect(html).toContain('data-testid="conversation-loading"');
  expect(html).not.toContain('data-testid="starter-cards"');

  await chat.goto(APPS.demo.url);
  await seedConversations(page, [{ id: "welcome-check", title: "Welcome check", messages: 4 }]);
  // Recorded from the document's start: did the welcome or the sample cards ever show?
  await page.addInitScript(() => {
    const seen = () => !!document.querySelector('[data-testid="starter-cards"]');
    (window as unknown as { __welcome: boolean }).__welcome = false;
    new MutationObserver(() => {
      if (seen()) (window as unknown as { __welcome: boolean }).__welcome = true;
    }).observe(document, { childList: true, subtree: true });
  });
  await page.goto(`${APPS.demo.url}/c/welcome-check`);
  await expect(page.getByTestId("message-assistant")).toHaveCount(2);
  await expect(page.getByTestId("conversation-loading")).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { __welcome: boolean }).__welcome)).toBe(false);

  await page.goto(`${APPS.demo.url}/c/not-stored-here`);
  await expect(page.getByTestId("conversation-missing")).toBeVisible();
  await expect(page.getByTestId("conversation-loading")).toHaveCount(0);

  await chat.hydrated();
  await page.getByTestId("new-chat-button").click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByTestId("starter-card")).toHaveCount(3);
});
