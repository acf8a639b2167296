import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import { attachInput, expect, test } from "./support/chat-page";
import { APPS } from "./support/ports";
import { sampleShare, shareApi } from "./support/share";
import { uniqueMarker } from "./support/stand-in-client";

test.describe.configure({ timeout: 90_000 });
// The offline worker's script and its fetches are under the same policy: it runs here (off by default in e2e).
test.use({ serviceWorkers: "allow" });

const cspOf = (h: Record<string, string>) => h["content-security-policy"] ?? "";
const nonceOf = (csp: string) => /'nonce-([^']+)'/.exec(csp)?.[1];

/** Records every CSP violation the page (or its frames) reports, and CSP errors on the console. */
async function collectViolations(page: Page): Promise<() => Promise<string[]>> {
  const consoleErrors: string[] = [];
  page.on("console", (m) => {
    if (/Content Security Policy/i.test(m.text())) consoleErrors.push(m.text());
  });
  await page.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener("securitypolicyviolation", (e) => w.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  return async () => [...(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)), ...consoleErrors];
}

test("every page carries a fresh-nonce CSP, Permissions-Policy and COOP, and no HSTS over plain http", async ({ page }) => {
  const { id } = await shareApi(APPS.zai.url).createOk(sampleShare());
  for (const path of ["/", "/c/some-conversation", `/s/${id}`]) {
    const first = await page.goto(path);
    const h = first!.headers();
    const csp = cspOf(h);
    for (const d of ["'strict-dynamic'", "object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'", "connect-src 'self'"]) {
      expect(csp, `${path}: ${d}`).toContain(d);
    }
    expect(csp).not.toMatch(/script-src[^;]*'unsafe-(inline|eval)'/);
    const nonce = nonceOf(csp);
    expect(nonce, path).toBeTruthy();
    // Next and the layout put this response's nonce on every script the server sent.
    const html = await first!.text();
    const tags = html.match(/<script\b[^>]*>/g) ?? [];
    expect(tags.length).toBeGreaterThan(0);
    for (const tag of tags) expect(tag, path).toContain(`nonce="${nonce}"`);
    expect(h["permissions-policy"]).toContain("camera=()");
    expect(h["cross-origin-opener-policy"]).toBe("same-origin");
    expect(h["strict-transport-security"]).toBeUndefined();
    const again = await page.request.get(path);
    expect(nonceOf(cspOf(again.headers()))).not.toBe(nonce);
  }
});

test("the chat page may capture the screen, and the browser accepts the whole Permissions-Policy", async ({ chat, page }) => {
  const warnings: string[] = [];
  page.on("console", (m) => {
    if (/Permissions-Policy/i.test(m.text())) warnings.push(m.text());
  });
  await chat.goto();
  // getDisplayMedia itself cannot run headless (no screen); the policy decides whether the page
  // may ask at all: with display-capture=() the tools menu's "Capture screen" always failed.
  const policy = await page.evaluate(() => {
    const fp = (document as unknown as { featurePolicy?: { allowsFeature(f: string): boolean } }).featurePolicy;
    return fp ? { capture: fp.allowsFeature("display-capture"), camera: fp.allowsFeature("camera") } : null;
  });
  expect(policy).toEqual({ capture: true, camera: false });
  await page.goto("/c/some-conversation");
  await expect(page.getByTestId("composer")).toBeVisible();
  expect(warnings).toEqual([]);
});

test("using the app (markdown, maths, highlighted code, an image, a shared page) reports no CSP violation", async ({ chat, page }) => {
  const violations = await collectViolations(page);
  await chat.goto();
  // The theme script ran under the nonce: the root element was classed before hydration.
  await attachInput(page).setInputFiles({ name: "shapes.png", mimeType: "image/png", buffer: readFileSync("e2e/fixtures/shapes.png") });
  await expect(page.getByTestId("attachment-thumb")).toHaveCount(1);
  await chat.send(`[[scenario:grounding-shapes]] ${uniqueMarker()}`);
  await chat.waitForAnswerDone();
  await expect(chat.lastAssistant().getByTestId("grounding-box")).toHaveCount(4);
  await chat.send(`[[scenario:markdown-rich]] ${uniqueMarker()}`);
  await chat.waitForAnswerDone();
  await expect(chat.lastAssistant().locator(".katex").first()).toBeVisible();
  // Highlighting comes from the shiki Web Worker: worker-src must admit it.
  await expect(chat.lastAssistant().locator('code[data-highlighted="true"]').first()).toBeVisible();
  await chat.send(`[[scenario:html-page]] ${uniqueMarker()}`);
  await chat.waitForAnswerDone();
  await chat.lastAssistant().getByTestId("html-preview-button").first().click();
  await expect(chat.lastAssistant().frameLocator('[data-testid="html-preview-frame"]').first().locator("h1")).toHaveText("Preview page");
  expect(await violations()).toEqual([]);

  const { id } = await shareApi(APPS.zai.url).createOk(sampleShare());
  await page.goto(`/s/${id}`);
  await expect(page.getByTestId("shared-image")).toBeVisible();
  await expect.poll(() => page.getByTestId("shared-image").evaluate((img) => (img as HTMLImageElement).naturalWidth)).toBeGreaterThan(0);
  await expect(page.getByTestId("continue-shared-chat")).toBeVisible();
  expect(await violations()).toEqual([]);
});
