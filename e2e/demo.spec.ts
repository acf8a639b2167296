import { APPS } from "./support/ports";
import { expect, test } from "./support/chat-page";

test("without a key the app runs in demo mode, labelled, and the scripted model answers", async ({ chat, page }) => {
  await chat.goto(APPS.demo.url);
  const badge = page.getByTestId("demo-badge");
  await expect(badge).toBeVisible();
  await expect(badge).toHaveAttribute("title", /ZAI_API_KEY/);
  await chat.send("hello there");
  await chat.waitForAnswerDone();
  await expect(chat.lastAssistant()).toContainText("Demo mode");
  await expect(page.getByTestId("message-reasoning")).toBeVisible();
  // Tokens are counted, but the scripted model costs nothing, so no price is shown.
  await expect(chat.lastAssistant().getByTestId("usage-line")).toContainText("completion");
  await expect(chat.lastAssistant().getByTestId("usage-cost")).toHaveCount(0);
});

test("with a key there is no demo badge", async ({ chat, page }) => {
  await chat.goto(APPS.zai.url);
  await expect(page.getByTestId("demo-badge")).toHaveCount(0);
});

test("the layout works on a 390 px phone screen", async ({ chat, page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await chat.goto(APPS.demo.url);
  for (const id of ["composer", "send-button", "model-picker", "thinking-toggle", "new-chat-button"]) {
    const box = await page.getByTestId(id).boundingBox();
    expect(box, id).not.toBeNull();
    expect(box!.x + box!.width, id).toBeLessThanOrEqual(390);
  }
  const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(scrollWidth).toBeLessThanOrEqual(390);
});

test("the theme switch toggles dark mode and remembers it", async ({ chat, page }) => {
  await page.emulateMedia({ colorScheme: "light" });
  await chat.goto(APPS.demo.url);
  await expect(page.locator("html")).not.toHaveClass(/dark/);
  await page.getByTestId("theme-switch").click(); // system -> light
  await page.getByTestId("theme-switch").click(); // light -> dark
  await expect(page.locator("html")).toHaveClass(/dark/);
  await page.reload();
  await expect(page.locator("html")).toHaveClass(/dark/);
});

test("the system dark setting is followed by default", async ({ chat, page }) => {
  await page.emulateMedia({ colorScheme: "dark" });
  await chat.goto(APPS.demo.url);
  await expect(page.locator("html")).toHaveClass(/dark/);
});
