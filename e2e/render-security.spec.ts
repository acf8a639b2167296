import type { Page } from "@playwright/test";
import { expect, test, type ChatPage } from "./support/chat-page";
import { APPS } from "./support/ports";
import { ANSWER, roundTrip } from "./support/render-helpers";
import { uniqueMarker } from "./support/stand-in-client";

test.describe.configure({ timeout: 240_000 });

/** Watches for anything hostile markup could do: dialogs, navigation, requests off the app origin. */
function watch(page: Page) {
  const dialogs: string[] = [];
  const foreign: string[] = [];
  const navigations: string[] = [];
  page.on("dialog", (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  page.on("request", (r) => {
    const url = r.url();
    if (!url.startsWith(APPS.zai.url) && !url.startsWith("data:")) foreign.push(url);
  });
  page.on("framenavigated", (f) => {
    if (f === page.mainFrame()) navigations.push(f.url());
  });
  return { dialogs, foreign, navigations };
}

/** The app's own routes: the new-chat page and a conversation's URL (set when the first message is sent). */
const APP_ROUTE = new RegExp(`^${APPS.zai.url.replace(/[.]/g, "\\.")}/(c/[\\w-]+)?$`);

async function expectNothingRan(page: Page, w: ReturnType<typeof watch>, url: string) {
  expect(w.dialogs).toEqual([]);
  expect(w.foreign).toEqual([]);
  expect(w.navigations.filter((u) => u !== url && !APP_ROUTE.test(u))).toEqual([]);
  expect(page.url()).toMatch(APP_ROUTE);
  expect(await page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss)).toBeUndefined();
}

async function hostileMarkupAbsent(chat: ChatPage) {
  const md = chat.lastAssistant();
  for (const sel of ["script", "iframe", "style", "base", "meta", "form", "svg", "img", "link", "object", "embed"]) {
    await expect(md.locator(sel), sel).toHaveCount(0);
  }
  const hrefs = await md.locator("a[href]").evaluateAll((as) => as.map((a) => a.getAttribute("href") ?? ""));
  for (const href of hrefs) expect(href).toMatch(/^(https?:|mailto:|#)/);
}

test("hostile payloads run no script, navigate nowhere and load nothing, while streaming and after", async ({ chat, page }) => {
  const w = watch(page);
  await chat.goto();
  const url = page.url();
  await chat.send(`[[scenario:xss]] [[tps:300]] ${uniqueMarker()}`);
  // Sample the live DOM during the stream for markup that must never exist, even for one frame.
  await page.evaluate(() => {
    const w = window as unknown as { __bad: string[] };
    w.__bad = [];
    const list = document.querySelector('[data-testid="message-list"]')!;
    new MutationObserver(() => {
      for (const el of list.querySelectorAll("[data-testid=message-assistant] :is(script,iframe,style,base,meta,form,svg,img,link,object,embed)")) {
        w.__bad.push(el.outerHTML.slice(0, 120));
      }
      for (const a of list.querySelectorAll("a[href]")) {
        if (!/^(https?:|mailto:|#)/.test(a.getAttribute("href") ?? "")) w.__bad.push(a.outerHTML.slice(0, 120));
      }
    }).observe(list, { subtree: true, childList: true, attributes: true });
  });
  await chat.waitForAnswerDone();
  await expect(page.locator(ANSWER).last()).toContainText("xss payloads end");
  expect(await page.evaluate(() => (window as unknown as { __bad: string[] }).__bad)).toEqual([]);
  await hostileMarkupAbsent(chat);
  await expect(page.locator("body")).toBeVisible(); // the <style> payload did not hide the page
  await expect(chat.composer).toBeVisible();

  // Remote images wait behind a placeholder; raw HTML shows as text.
  const placeholders = chat.lastAssistant().getByTestId("image-placeholder");
  await expect(placeholders).toHaveCount(1);
  await expect(chat.lastAssistant()).toContainText("[remote2]"); // protocol-relative: not even a placeholder
  await expect(placeholders.first()).toContainText("evil.example");
  await expect(chat.lastAssistant()).toContainText('<img src=x onerror="window.__xss=1;alert(1)">');
  await expect(chat.lastAssistant()).toContainText("<script>window.__xss=1;alert(1)</script>");
  await expect(chat.lastAssistant().locator('[data-math-error="true"]').first()).toBeVisible();

  // Clicking a hostile link does nothing.
  for (const text of ["a", "b", "k", "raw anchor", "math link"]) {
    const el = chat.lastAssistant().getByText(text, { exact: true }).first();
    if (await el.count()) await el.click();
  }
  await expectNothingRan(page, w, url);

  // The placeholder loads on click, and only then.
  await page.route("https://evil.example/**", (r) => r.fulfill({ status: 404, body: "" }));
  await placeholders.first().getByTestId("load-image-button").click();
  await expect.poll(() => w.foreign.some((u) => u.includes("evil.example/pixel.png"))).toBe(true);
  expect(w.foreign.every((u) => u.includes("evil.example/pixel.png"))).toBe(true);
});

test("after a reload the stored hostile answer still runs nothing and loads nothing", async ({ chat, page }) => {
  await chat.goto();
  await chat.send(`[[scenario:xss]] [[tps:2000]] ${uniqueMarker()}`);
  await chat.waitForAnswerDone();
  await expect(page).toHaveURL(/\/c\//);
  const w = watch(page);
  await page.reload();
  const url = page.url();
  await expect(page.locator(ANSWER).last()).toContainText("xss payloads end");
  await hostileMarkupAbsent(chat);
  await expect(chat.lastAssistant().getByTestId("image-placeholder")).toHaveCount(1);
  await roundTrip(page);
  await expectNothingRan(page, w, url);
});

// Each input is streamed in large pieces; the tab must stay responsive and show the end of it.
const PATHOLOGICAL: [string, string, string][] = [
  ["10,000 nested block quotes", "deep-quotes", "deep quote end"],
  ["10,000 nested list markers and 2,000 indented levels", "deep-list", "deep list end"],
  ["a 1 MB single line", "huge-line", "huge line end"],
  ["50,000 asterisks", "many-stars", "stars end"],
  ["a 5,000-row table", "huge-table", "table end"],
  ["10,000 nested brackets", "deep-brackets", "brackets end"],
];

for (const [name, scenario, end] of PATHOLOGICAL) {
  test(`pathological input renders without freezing the tab: ${name}`, async ({ chat, page }) => {
    const w = watch(page);
    await chat.goto();
    const url = page.url();
    await chat.send(`[[scenario:${scenario}]] [[chunk:20000]] [[tps:20]] ${uniqueMarker()}`);
    // While it arrives (or just after, for the small ones) the main thread still answers.
    await roundTrip(page);
    await expect(chat.lastAssistant()).not.toHaveAttribute("data-status", "streaming", { timeout: 60_000 });
    await expect(page.locator(ANSWER).last()).toContainText(end, { timeout: 30_000 });
    await roundTrip(page);
    await chat.composer.fill("still typing");
    await expect(chat.composer).toHaveValue("still typing");
    await expectNothingRan(page, w, url);
  });
}
