import { createRequire } from "node:module";
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import type { AxeResults } from "axe-core";

// The same axe-core build AxeBuilder injects (its own dependency), so both paths check the same rules.
const requireHere = createRequire(import.meta.url);
const axeSource = (createRequire(requireHere.resolve("@axe-core/playwright"))("axe-core") as { source: string }).source;

/**
 * Rules axe ships as experimental, turned on: label-content-name-mismatch (WCAG 2.5.3, a control
 * whose accessible name does not contain its visible words cannot be called by what it shows in
 * voice control: "This chat" was named "Chat settings: ...").
 */
const EXTRA_RULES = { "label-content-name-mismatch": { enabled: true } };

/**
 * axe-core's full default rule set, with EXTRA_RULES, on the page as it is now. AxeBuilder's
 * default path re-sends axe's 550 KB source for every scan and finishes each one in a fresh blank
 * page (a new renderer), which cost about half of the a11y spec's CPU on this 2-core machine. On
 * a page without frames the same rules run here through axe.run in the page, with axe injected
 * once per document. A page with frames goes through AxeBuilder, which runs inside each frame.
 */
export async function axeScan(page: Page): Promise<AxeResults> {
  if (page.frames().length > 1) return new AxeBuilder({ page }).options({ rules: EXTRA_RULES }).analyze();
  if (!(await page.evaluate(() => "axe" in window))) await page.evaluate(axeSource);
  // resultTypes: passes and the rest keep one node each (violations keep all): only violations are read.
  return page.evaluate((rules) => (window as unknown as { axe: typeof import("axe-core") }).axe.run(document, { resultTypes: ["violations"], rules }), EXTRA_RULES);
}
