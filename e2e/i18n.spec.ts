import { expect, test } from "@playwright/test";
import { APPS } from "./support/ports";

test.describe("a Chinese browser", () => {
  test.use({ locale: "zh-CN", extraHTTPHeaders: { "Accept-Language": "zh-CN,zh;q=0.9,en;q=0.5" } });

  test("gets the page in Simplified Chinese, tagged zh-CN", async ({ page }) => {
    await page.goto(`${APPS.zai.url}/`);
    await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
  });

  test("a saved English choice wins over the browser's language", async ({ page, context }) => {
    await context.addCookies([{ name: "glm-locale", value: "en", url: APPS.zai.url }]);
    await page.goto(`${APPS.zai.url}/`);
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
  });
});

test("an English browser gets lang=en", async ({ page }) => {
  await page.goto(`${APPS.zai.url}/`);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
});
