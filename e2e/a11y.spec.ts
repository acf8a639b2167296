import type { Page } from "@playwright/test";
import { axeScan } from "./support/axe";
import { expect, test } from "./support/chat-page";
import { en, zh } from "./support/catalogue";
import { sampleShare, shareApi } from "./support/share";
import { APPS } from "./support/ports";
import { uniqueMarker } from "./support/stand-in-client";

/**
 * axe-core on every main screen, light and dark, English and Chinese: no serious or critical
 * finding. Each failure is printed with the rule, the elements and axe's own explanation.
 */
async function expectNoSeriousFindings(page: Page, screen: string, known: (rule: string, html: string) => boolean = () => false) {
  const { violations } = await axeScan(page);
  const serious = violations
    .map((v) => ({ ...v, nodes: v.nodes.filter((n) => !known(v.id, n.html)) }))
    .filter((v) => (v.impact === "serious" || v.impact === "critical") && v.nodes.length);
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
        const words = locale.name === "en" ? en : zh;
        // Named by the words it shows first (WCAG 2.5.3: a voice user says what they see), the
        // rest of the description after them. It was "Chat settings: ..." beside "This chat".
        const params = page.getByTestId("chat-params-button");
        await expect(params).toHaveText(words.prefs.paramsShort);
        await expect(params).toHaveAccessibleName(new RegExp(`^${words.prefs.paramsShort}`));

        // The model picker's popup: a dialog named for what it is for, a search field and a list in it.
        await page.getByTestId("model-picker").click();
        const picker = page.getByRole("dialog", { name: words.model.choose });
        await expect(picker.getByRole("combobox")).toBeFocused();
        await expect(picker.getByRole("listbox")).toBeVisible();
        // axe drops ASCII punctuation before it looks for the visible words in a name, but not
        // Chinese: a row named "GLM-4.5V：视觉、64K 上下文" (the pauses a listener needs) beside its
        // badges 视觉 and 64K 上下文 can never match. The English rows are checked.
        const chineseRowName = (rule: string, html: string) => locale.name === "zh" && rule === "label-content-name-mismatch" && html.includes('role="option"');
        await expectNoSeriousFindings(page, "model picker", chineseRowName);
        await page.keyboard.press("Escape");
        await expect(page.getByTestId("model-picker-menu")).toHaveCount(0);

        await chat.ask(`[[scenario:markdown-rich]] ${uniqueMarker()}`);
        const answer = chat.lastAssistant();
        await expect(answer.getByTestId("message-answer-box")).toBeVisible();
        await expect(answer.locator(".katex").first()).toBeVisible();
        await expect(answer.getByTestId("code-block").first().locator("code")).toHaveAttribute("data-highlighted", "true");
        await answer.getByTestId("reasoning-toggle").click();
        await expect(answer.getByTestId("message-reasoning")).toHaveAttribute("data-state", "open");
        await expectNoSeriousFindings(page, "rich answer");
        // The kit's menus, open: a modal one left the page behind it aria-hidden yet focusable.
        for (const [trigger, menu] of [["export-button", "export-menu"], ["composer-tools", "composer-tools-menu"]]) {
          await page.getByTestId(trigger).click();
          await expect(page.getByTestId(menu)).toBeVisible();
          await expectNoSeriousFindings(page, `${menu} open`);
          await page.keyboard.press("Escape");
          await expect(page.getByTestId(menu)).toHaveCount(0);
          await expect(page.getByTestId(trigger)).toBeFocused();
        }

        await chat.openSettings();
        await expectNoSeriousFindings(page, "settings");
        // The question before deleting everything: a dialog over Settings, which Escape closes alone.
        await page.getByTestId("delete-all-button").click();
        await expect(page.getByTestId("delete-all-dialog")).toBeVisible();
        await expectNoSeriousFindings(page, "delete all data");
        await page.keyboard.press("Escape");
        await expect(page.getByTestId("delete-all-dialog")).toHaveCount(0);
        await expect(page.getByTestId("delete-all-button")).toBeFocused();
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
          // The header's More menu, open: the page behind it was all aria-hidden yet focusable.
          await page.getByTestId("more-button").click();
          await expect(page.getByTestId("more-menu")).toBeVisible();
          await expectNoSeriousFindings(page, "phone More menu");
          await page.keyboard.press("Escape");
          await expect(page.getByTestId("more-menu")).toHaveCount(0);
          await expect(page.getByTestId("more-button")).toBeFocused();
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
