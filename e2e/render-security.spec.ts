import { createServer, type Server } from "node:http";
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
  // The app's own icon buttons (lucide SVGs inside <button>) are not model output: a model cannot
  // make a <button>, since raw HTML renders as text.
  for (const sel of ["script", "iframe", "style", "base", "meta", "form", "svg:not(button svg)", "img", "link", "object", "embed"]) {
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
        if (el.closest("button")) continue; // the app's own icon buttons
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

/** A loopback listener standing in for "a local server": it records every request that reaches it. */
async function listen(port: number): Promise<{ server: Server; hits: string[] }> {
  const hits: string[] = [];
  const server = createServer((req, res) => {
    hits.push(`${req.method} ${req.url}`);
    res.end("reached");
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  return { server, hits };
}

const ESCAPES = ["meta-entity", "location", "dynamic-refresh", "open", "form", "top", "network"];

test("the HTML preview runs no script until asked, and even then cannot navigate, open, submit or reach a local server", async ({ chat, page, context }) => {
  const { server, hits } = await listen(4290 + Number(process.env.E2E_PORT_OFFSET ?? 0));
  const target = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  try {
    const popups: string[] = [];
    context.on("page", (p) => popups.push(p.url()));
    const consoleLines: string[] = [];
    page.on("console", (m) => consoleLines.push(m.text()));
    await page.addInitScript(() => {
      const w = window as unknown as { __ran: string[]; __violations: string[] };
      w.__ran = [];
      w.__violations = [];
      addEventListener("message", (e) => typeof e.data === "string" && e.data.startsWith("escape-ran:") && w.__ran.push(e.data.slice(11)));
      document.addEventListener("securitypolicyviolation", (e) => w.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    const w = watch(page);
    await chat.goto();
    const url = page.url();
    await chat.send(`[[scenario:html-escape]] [[target:${target}]] ${uniqueMarker()}`);
    await chat.waitForAnswerDone();
    await expect(chat.lastAssistant()).toContainText("escape attempts end");
    const blocks = chat.lastAssistant().getByTestId("code-block");
    await expect(blocks).toHaveCount(ESCAPES.length);
    const ran = () => page.evaluate(() => (window as unknown as { __ran: string[] }).__ran);

    // Scripts off (the default): the frame is fully sandboxed and no attempt runs.
    // One at a time: each opening frame grows the page, which would move the next button mid-click.
    for (let i = 0; i < ESCAPES.length; i++) {
      await blocks.nth(i).getByTestId("html-preview-button").click();
      await expect(blocks.nth(i).getByTestId("html-preview-frame")).toHaveCount(1);
    }
    const frames = chat.lastAssistant().getByTestId("html-preview-frame");
    await expect(frames).toHaveCount(ESCAPES.length);
    for (let i = 0; i < ESCAPES.length; i++) {
      await expect(frames.nth(i)).toHaveAttribute("sandbox", "");
      await expect(blocks.nth(i).getByTestId("html-preview-run-scripts")).not.toBeChecked();
    }
    await expect(blocks.nth(0).frameLocator("iframe").locator("p")).toHaveText("entity refresh");
    await roundTrip(page);
    expect(await ran()).toEqual([]);

    // Scripts on: every attempt runs (each reports first), and each is refused.
    for (let i = 0; i < ESCAPES.length; i++) {
      await blocks.nth(i).getByTestId("html-preview-run-scripts").check();
      await expect(blocks.nth(i).getByTestId("html-preview-frame")).toHaveAttribute("sandbox", "allow-scripts");
    }
    await expect.poll(async () => [...(await ran())].sort()).toEqual([...ESCAPES].sort());
    for (let i = 0; i < ESCAPES.length; i++) {
      await expect(frames.nth(i)).toHaveAttribute("sandbox", "allow-scripts");
    }
    // The browser says why each way out failed: the page CSP refused the frame's navigations,
    // the sandbox the popup, the form and the top navigation.
    const violations = () => page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);
    await expect.poll(async () => (await violations()).filter((v) => v.startsWith("frame-src")).length).toBeGreaterThanOrEqual(1);
    await expect.poll(() => consoleLines.some((l) => /allow-popups/.test(l))).toBe(true);
    await expect.poll(() => consoleLines.some((l) => /allow-forms/.test(l))).toBe(true);
    await expect.poll(() => consoleLines.some((l) => /allow-top-navigation/.test(l))).toBe(true);
    await roundTrip(page);
    expect(hits).toEqual([]);
    expect(popups).toEqual([]);
    // Chromium may report the refused fetch / image as an attempt; only the listener shows what left.
    expect(w.foreign.filter((u) => !u.startsWith(target))).toEqual([]);
    expect(w.dialogs).toEqual([]);
    expect(w.navigations.filter((u) => u !== url && !APP_ROUTE.test(u))).toEqual([]);
    expect(page.url()).toMatch(APP_ROUTE);
  } finally {
    // Chromium keeps a preconnected socket open without a request; close() alone waits ~60 s for it.
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
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
