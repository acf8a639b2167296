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
  await expect(chat.lastAssistant().getByTestId("page-link")).toHaveCount(4);
});

test("with a real key there are no sample cards", async ({ chat, page }) => {
  await chat.goto();
  await expect(page.getByRole("heading", { name: "What can GLM do for you?" })).toBeVisible();
  await expect(page.getByTestId("starter-cards")).toHaveCount(0);
});
