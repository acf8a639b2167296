import type { Page } from "@playwright/test";
import { axeScan } from "./support/axe";
import { expect, test } from "./support/chat-page";
import { sampleShare, shareApi } from "./support/share";
import { APPS } from "./support/ports";
import { uniqueMarker } from "./support/stand-in-client";

/**
 * axe-core on every main screen, light and dark, English and Chinese: no serious or critical
 * finding. Each failure is printed with the rule, the elements and axe's own explanation.
 */
async function expectNoSeriousFindings(page: Page, screen: string) {
  const { violations } = await axeScan(page);
  const serious = violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  const report = serious.map((v) => `${v.impact} ${v.id}: ${v.help}\n${v.nodes.map((n) => `  ${n.target.join(" ")}\n    ${n.failureSummary?.replace(/\n/g, "\n    ")}`).join("\n")}`);
  expect(report, `${screen}\n${report.join("\n")}`).toEqual([]);
}

const LOCALES = [
  { name: "en", browser: "en-US", lang: "en" },
  { name: "zh", browser: "zh-CN", lang: "zh-CN" },
] as const;

for (const locale of LOCALES) {
  for (const scheme of ["light", "dark"] as const) {
    test.describe(`${locale.name} ${scheme}`, () => {
      // The browser's language: Accept-Language and navigator.language both follow it.
      test.use({ colorScheme: scheme, locale: locale.browser });

      test("empty chat, an answer with reasoning, code, math and an answer box, settings, share dialog", async ({ chat, page }) => {
        await chat.goto();
        await expect(page.locator("html")).toHaveAttribute("lang", locale.lang);
        await expect(page.locator("html")).toHaveClass(scheme === "dark" ? /dark/ : /^(?!.*dark)/);
        await expectNoSeriousFindings(page, "empty chat");

        await chat.ask(`[[scenario:markdown-rich]] ${uniqueMarker()}`);
        const answer = chat.lastAssistant();
        await expect(answer.getByTestId("message-answer-box")).toBeVisible();
        await expect(answer.locator(".katex").first()).toBeVisible();
        await expect(answer.getByTestId("code-block").first().locator("code")).toHaveAttribute("data-highlighted", "true");
        await answer.getByTestId("reasoning-toggle").click();
        await expect(answer.getByTestId("message-reasoning")).toHaveAttribute("data-state", "open");
        await expectNoSeriousFindings(page, "rich answer");

        await chat.openSettings();
        await expectNoSeriousFindings(page, "settings");
        await page.keyboard.press("Escape");
        await expect(page.getByTestId("settings-panel")).toHaveCount(0);

        await page.getByTestId("share-button").click();
        await expect(page.getByTestId("share-dialog")).toBeVisible();
        await expectNoSeriousFindings(page, "share dialog");
        await page.keyboard.press("Escape");

        await page.keyboard.press("Control+/");
        await expect(page.getByTestId("shortcuts-dialog")).toBeVisible();
        await expectNoSeriousFindings(page, "shortcuts sheet");
      });

      test("shared page", async ({ page }) => {
        const { id } = await shareApi(APPS.zai.url).createOk(sampleShare(`axe ${uniqueMarker()}`, { includeReasoning: true }));
        await page.goto(`${APPS.zai.url}/s/${id}`);
        await expect(page.getByTestId("shared-image").first()).toBeVisible();
        await expectNoSeriousFindings(page, "shared page");
      });

      test.describe("phone", () => {
        test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
        test("phone: empty chat, an answer, the history drawer", async ({ chat, page }) => {
          await chat.goto();
          await expectNoSeriousFindings(page, "phone empty chat");
          await chat.ask(`[[scenario:markdown-rich]] ${uniqueMarker()}`);
          await expectNoSeriousFindings(page, "phone answer");
          await page.getByTestId("sidebar-toggle").click();
          await expect(page.getByTestId("sidebar")).toBeVisible();
          await expectNoSeriousFindings(page, "phone drawer");
        });
      });
    });
  }
}

// The scanner itself: a page with a known serious finding must fail the check, so a scan that
// silently checks nothing cannot pass for a clean screen.
test("the scanner reports a seeded serious finding", async ({ page }) => {
  await page.setContent(`<!doctype html><html lang="en"><title>seeded</title><main><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw="><div style="width:100px;overflow-x:auto;white-space:pre">${"wide ".repeat(50)}</div></main></html>`);
  const { violations } = await axeScan(page);
  expect(violations.map((v) => v.id).sort()).toEqual(expect.arrayContaining(["image-alt", "scrollable-region-focusable"]));
});
