import { en, zh } from "./support/catalogue";
import { expect, test } from "./support/chat-page";
import { seedConversations } from "./support/idb";
import { APPS } from "./support/ports";

// A fixed day long ago (local noon): the sidebar shows it as a date, in the reader's language.
const OLD = new Date(2026, 2, 5, 12, 0).getTime();

test.describe("a Chinese browser", () => {
  test.use({ locale: "zh-CN", extraHTTPHeaders: { "Accept-Language": "zh-CN,zh;q=0.9,en;q=0.5" } });

  test("gets the page in Simplified Chinese, tagged zh-CN", async ({ page }) => {
    await page.goto(`${APPS.zai.url}/`);
    await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
    await expect(page).toHaveTitle(zh.brand.name);
  });

  test("sees the sidebar and settings in Chinese, with Chinese dates", async ({ chat, page }) => {
    await chat.goto();
    await seedConversations(page, [{ id: "old-zh", title: "旧对话", messages: 2, updatedAt: OLD }]);
    await chat.reload();
    const row = chat.conversationItem("旧对话");
    await expect(row.getByTestId("conversation-time")).toHaveText("3月5日");
    await expect(page.getByTestId("history-group")).toHaveText(zh.sidebar.groups.older);
    await expect(chat.search).toHaveAttribute("placeholder", zh.sidebar.search);
    const panel = await chat.openSettings();
    await expect(panel.getByRole("heading", { name: zh.settings.title })).toBeVisible();
    await expect(panel.getByTestId("language-select")).toHaveValue("zh");
    await expect(panel).toContainText(zh.settings.systemPrompt);
  });

  test("a saved English choice wins over the browser's language", async ({ page, context }) => {
    await context.addCookies([{ name: "glm-locale", value: "en", url: APPS.zai.url }]);
    await page.goto(`${APPS.zai.url}/`);
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
  });
});

test("an English browser gets lang=en and English dates", async ({ chat, page }) => {
  await chat.goto();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await seedConversations(page, [{ id: "old-en", title: "Old chat", messages: 2, updatedAt: OLD }]);
  await chat.reload();
  await expect(chat.conversationItem("Old chat").getByTestId("conversation-time")).toHaveText("Mar 5");
  await expect(page.getByTestId("history-group")).toHaveText(en.sidebar.groups.older);
});

test("switching the language in settings changes the page in place and persists across reload", async ({ chat, page }) => {
  await chat.goto();
  await seedConversations(page, [{ id: "old-switch", title: "Switch me", messages: 2, updatedAt: OLD }]);
  await chat.reload();
  const panel = await chat.openSettings();
  await expect(panel.getByTestId("language-select")).toHaveValue("en");
  await panel.getByTestId("language-select").selectOption("zh");
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
  await expect(panel.getByRole("heading", { name: zh.settings.title })).toBeVisible();
  await expect(page.getByTestId("settings-button")).toHaveText(zh.sidebar.settings);
  await expect(chat.conversationItem("Switch me").getByTestId("conversation-time")).toHaveText("3月5日");

  await chat.reload();
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
  await expect(page.getByTestId("settings-button")).toHaveText(zh.sidebar.settings);
  const again = await chat.openSettings();
  await expect(again.getByTestId("language-select")).toHaveValue("zh");
  await again.getByTestId("language-select").selectOption("en");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByTestId("settings-button")).toHaveText(en.sidebar.settings);
});
