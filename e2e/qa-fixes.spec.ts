import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import { attachInput, expect, test } from "./support/chat-page";
import { APPS } from "./support/ports";
import { uniqueMarker } from "./support/stand-in-client";

const report = { name: "a-quarterly-report-with-a-long-name.pdf", mimeType: "application/pdf", buffer: readFileSync("e2e/fixtures/report-3pages.pdf") };

test("a long chat title leaves the model's name whole in the header at 1280 px", async ({ chat, page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  // Demo mode, as a new user sees it: the "Demo" badge takes room in the header too.
  await chat.goto(APPS.demo.url);
  await chat.ask(`[[scenario:no-reasoning]] ${uniqueMarker()}`);
  const label = page.getByTestId("model-picker").locator("span").first();
  await expect(label).toHaveText("GLM-4.5V");
  const rename = async (title: string) => {
    await page.getByTestId("chat-title").click();
    await page.getByTestId("title-edit").fill(title);
    await page.getByTestId("title-edit").press("Enter");
    await expect(page.getByTestId("chat-title")).toHaveAttribute("aria-label", new RegExp(`: ${title}\\.`));
  };
  const width = () => label.evaluate((s) => s.getBoundingClientRect().width);
  await rename("Hi");
  const full = await width();
  // Titles of every length from fitting to far too long: the title gives way, the picker's label
  // is never cut (a title that overflowed by a little passed a fraction of a pixel to it).
  for (let length = 8; length <= 64; length += 1) {
    await rename("Closures in JavaScript explained with many examples and a long tail".slice(0, length).trim());
    // Fractional widths: a label a third of a pixel short shows "GLM-4.5…" yet has equal
    // (rounded) scrollWidth and clientWidth.
    expect(await width(), `title of ${length} characters`).toBeGreaterThanOrEqual(full - 0.01);
  }
});

test("a PDF in the draft: its name stays clear of the remove button", async ({ chat, page }) => {
  await chat.goto();
  await attachInput(page).setInputFiles(report);
  const thumb = page.getByTestId("attachment-thumb");
  await expect(thumb.getByTestId("document-page-count")).toHaveText(/3 pages/);
  const name = (await thumb.getByText(report.name).boundingBox())!;
  const remove = (await thumb.getByTestId("attachment-remove").boundingBox())!;
  expect(name.x + name.width).toBeLessThanOrEqual(remove.x);
});

test("attaching a PDF writes no warning to the console", async ({ chat, page }) => {
  const warnings: string[] = [];
  page.on("console", (m) => {
    // Playwright's own note that it kept the offline worker out (playwright.config.ts) is not the app's.
    if (m.text() === "Service Worker registration blocked by Playwright") return;
    if (m.type() === "warning" || m.type() === "error") warnings.push(m.text());
  });
  await chat.goto();
  await attachInput(page).setInputFiles(report);
  await expect(page.getByTestId("document-page-count")).toHaveText(/3 pages/);
  expect(warnings).toEqual([]);
});

test.describe("phone, keyboard", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test("the history drawer takes focus, keeps Tab inside and gives focus back on Escape", async ({ chat, page }) => {
    await chat.goto();
    await chat.ask(`[[scenario:no-reasoning]] ${uniqueMarker()}`);
    const toggle = page.getByTestId("sidebar-toggle");
    await toggle.click();
    const drawer = page.getByTestId("sidebar");
    await expect(drawer).toBeVisible();
    await expect(page.getByTestId("history-search")).toBeFocused();
    const inDrawer = () => page.evaluate(() => !!document.activeElement?.closest('[data-testid="sidebar"]'));
    for (let i = 0; i < 8; i++) {
      await page.keyboard.press("Tab");
      expect(await inDrawer()).toBe(true);
    }
    await page.keyboard.press("Shift+Tab");
    expect(await inDrawer()).toBe(true);
    await page.keyboard.press("Escape");
    await expect(drawer).toBeHidden();
    await expect(toggle).toBeFocused();
  });
});

test("a continued shared chat with an image shows its picture in the history", async ({ chat, page, browser }) => {
  await chat.goto();
  const marker = uniqueMarker();
  await attachInput(page).setInputFiles("e2e/fixtures/shapes.png");
  await expect(page.getByTestId("attachment-thumb")).toHaveCount(1);
  await chat.ask(`[[scenario:no-reasoning]] ${marker}`);
  await expect(chat.conversationItem(marker).getByTestId("conversation-thumbnail")).toHaveCount(1);
  await page.getByTestId("share-button").click();
  const dialog = page.getByTestId("share-dialog");
  await dialog.getByTestId("share-create-button").click();
  const url = await dialog.getByTestId("share-link").inputValue();
  const visitor = await browser.newContext();
  try {
    const other = await visitor.newPage();
    await other.goto(url);
    await other.locator('[data-testid="continue-shared-chat"][data-hydrated]').click();
    await expect(other).toHaveURL(/\/c\//);
    const item = other.getByTestId("conversation-item").filter({ hasText: marker });
    await expect(item).toHaveCount(1);
    await expect(item.getByTestId("conversation-thumbnail")).toHaveCount(1);
  } finally {
    await visitor.close();
  }
});

test("revoking the link just made, inside the share dialog, stops offering it", async ({ chat, page }) => {
  await chat.goto();
  await chat.ask(`[[scenario:no-reasoning]] ${uniqueMarker()}`);
  await page.getByTestId("share-button").click();
  const dialog = page.getByTestId("share-dialog");
  await dialog.getByTestId("share-create-button").click();
  await expect(dialog.getByTestId("share-link")).toBeVisible();
  await dialog.getByTestId("my-shared-links-toggle").click();
  await dialog.getByTestId("revoke-share-button").click();
  await dialog.locator("[data-testid=revoke-share-button][data-confirm]").click(); // "Yes, revoke"
  await expect(dialog.getByTestId("shared-links-empty")).toBeVisible();
  // No dead link to copy or open, no "Update link" for it: the dialog offers a new link.
  await expect(dialog.getByTestId("share-link")).toHaveCount(0);
  await expect(dialog.getByTestId("share-status")).toHaveCount(0);
  await expect(dialog.getByTestId("share-update-button")).toHaveCount(0);
  await expect(dialog.getByTestId("share-existing-notice")).toHaveCount(0);
  await expect(dialog.getByTestId("share-create-button")).toHaveText("Create link");
});

test("the share dialog counts a sent PDF as pages, not as images", async ({ chat, page }) => {
  await chat.goto();
  await attachInput(page).setInputFiles(report);
  await expect(page.getByTestId("document-page-count")).toHaveText(/3 pages/);
  await chat.ask(`[[scenario:no-reasoning]] ${uniqueMarker()}`);
  await expect(page.getByTestId("share-button")).toBeEnabled();
  await page.getByTestId("share-button").click();
  const dialog = page.getByTestId("share-dialog");
  await expect(dialog).toContainText("3 PDF pages if included");
  await expect(dialog).not.toContainText(/images? or videos?/);
  await expect(dialog).toContainText("Include images, videos and PDF pages (3)");
});

test("Enter pressed before the page has hydrated adds no newline, and the text is sent once it has", async ({ page }) => {
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  // The app's scripts wait (not its CSS, which would hold the first paint), so the typing
  // happens on the server's HTML alone.
  await page.route("**/_next/static/chunks/**/*.js", async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(APPS.zai.url, { waitUntil: "commit" });
  const composer = page.getByTestId("composer").filter({ visible: true });
  const text = `[[scenario:no-reasoning]] early ${uniqueMarker()}`;
  await composer.fill(text);
  await composer.press("Enter");
  await expect(composer).toHaveValue(text);
  await expect(page.locator("form[data-hydrated]")).toHaveCount(0);
  release();
  await expect(page.getByTestId("message-user")).toContainText(text);
  await expect(page.getByTestId("message-user")).toHaveCount(1);
  await expect(composer).toHaveValue("");
});

test.describe("phone header", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  const nameCut = (page: Page) => page.getByTestId("model-picker").locator("span").first().evaluate((s) => s.scrollWidth > s.clientWidth);

  test("the model's name is shown whole, on a new chat and in a conversation", async ({ chat, page }) => {
    await chat.goto();
    await expect.poll(() => nameCut(page)).toBe(false);
    await chat.ask(`[[scenario:no-reasoning]] ${uniqueMarker()}`);
    await expect(page.getByTestId("export-button")).toBeAttached(); // saved: the header's conversation state
    await expect.poll(() => nameCut(page)).toBe(false);
  });

  test("at 360 px in demo mode inside a conversation the name is whole, and Export, GUI agent and Share are in More", async ({ chat, page }) => {
    await page.setViewportSize({ width: 360, height: 780 });
    await chat.goto(APPS.demo.url);
    await chat.ask(`[[scenario:no-reasoning]] ${uniqueMarker()}`);
    await expect(page.getByTestId("export-button")).toBeAttached();
    await expect.poll(() => nameCut(page)).toBe(false);
    for (const id of ["export-button", "agent-start-button", "share-button", "shared-links-button"]) await expect(page.getByTestId(id)).toBeHidden();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    const more = page.getByTestId("more-button");
    const menu = page.getByTestId("more-menu");
    await more.click();
    await expect(menu.getByRole("menuitem")).toHaveText(["Share", "My shared links", "GUI agent", "Theme: system", "Markdown + images (.zip)", "JSON (complete)"]);
    const download = page.waitForEvent("download");
    await page.getByTestId("more-export-json").click();
    expect((await download).suggestedFilename()).toMatch(/\.json$/);
    await expect(menu).toBeHidden();
    await more.click();
    await page.getByTestId("more-share").click();
    await expect(page.getByTestId("share-dialog")).toBeVisible();
    await page.keyboard.press("Escape");
    await expect(page.getByTestId("share-dialog")).toHaveCount(0);
    await more.click();
    await page.getByTestId("more-agent-start").click();
    await expect(page.getByTestId("agent-panel")).toBeVisible();
    // A session running: its start is no longer offered.
    await more.click();
    await expect(page.getByTestId("more-share")).toBeVisible();
    await expect(page.getByTestId("more-agent-start")).toHaveCount(0);
  });

  test("More opens from the keyboard onto its first item, the arrows move, Escape gives focus back", async ({ chat, page }) => {
    await chat.goto();
    await chat.ask(`[[scenario:no-reasoning]] ${uniqueMarker()}`);
    const more = page.getByTestId("more-button");
    await more.focus();
    await page.keyboard.press("Enter");
    await expect(page.getByTestId("more-share")).toBeFocused();
    await page.keyboard.press("ArrowDown");
    await expect(page.getByTestId("more-shared-links")).toBeFocused();
    await page.keyboard.press("Escape");
    await expect(page.getByTestId("more-menu")).toHaveCount(0);
    await expect(more).toBeFocused();
  });

  test("the theme is stepped from More, which stays open, and the choice holds after a reload", async ({ chat, page }) => {
    await page.emulateMedia({ colorScheme: "light" });
    await chat.goto();
    await page.getByTestId("more-button").click();
    const item = page.getByTestId("more-theme");
    await item.click(); // system -> light
    await expect(item).toHaveAttribute("data-theme", "light");
    await item.click(); // light -> dark
    await expect(item).toHaveText("Theme: dark");
    await expect(page.locator("html")).toHaveClass(/dark/);
    await page.reload();
    await expect(page.locator("html")).toHaveClass(/dark/);
  });

  test("a new chat's More offers Share disabled (nothing to share yet) and no Export", async ({ chat, page }) => {
    await chat.goto();
    await page.getByTestId("more-button").click();
    await expect(page.getByTestId("more-share")).toHaveAttribute("aria-disabled", "true");
    await expect(page.getByTestId("more-shared-links")).toBeVisible();
    await expect(page.getByTestId("more-export-json")).toHaveCount(0);
  });

  test("in demo mode the model's name is shown whole beside the Demo badge on a new chat", async ({ chat, page }) => {
    await chat.goto(APPS.demo.url);
    await expect(page.getByTestId("demo-badge")).toBeVisible();
    await expect.poll(() => nameCut(page)).toBe(false);
  });

  test("the theme is switched from the history drawer, and the choice holds after a reload", async ({ chat, page }) => {
    await page.emulateMedia({ colorScheme: "light" });
    await chat.goto();
    await expect(page.getByTestId("theme-switch")).toBeHidden();
    await page.getByTestId("sidebar-toggle").click();
    const inDrawer = page.getByTestId("drawer-theme-switch");
    await inDrawer.click(); // system -> light
    await inDrawer.click(); // light -> dark
    await expect(page.locator("html")).toHaveClass(/dark/);
    await expect(inDrawer).toHaveAttribute("data-theme", "dark");
    await page.reload();
    await expect(page.locator("html")).toHaveClass(/dark/);
  });
});

test("beside the history, the header fits a tablet and a laptop: nothing runs off the edge, the model's name is whole", async ({ chat, page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await chat.goto(APPS.demo.url); // the Demo badge takes room too
  await chat.ask(`[[scenario:no-reasoning]] ${uniqueMarker()}`);
  await expect(page.getByTestId("sidebar")).toBeVisible();
  // At 768 px the docked history leaves the header 480 px: the actions go into More.
  for (const [width, actions] of [[768, "more"], [1024, "icons"], [1280, "words"]] as const) {
    await page.setViewportSize({ width, height: 800 });
    await expect(page.getByTestId("more-button")).toBeVisible({ visible: actions === "more" });
    await expect(page.getByTestId("share-button")).toBeVisible({ visible: actions !== "more" });
    if (actions !== "more") await expect(page.getByTestId("share-button")).toHaveText(actions === "words" ? "Share" : "", { useInnerText: true });
    await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth), { message: `scroll width at ${width}` }).toBeLessThanOrEqual(width);
    const label = page.getByTestId("model-picker").locator("span").first();
    expect(await label.evaluate((s) => s.scrollWidth > s.clientWidth), `name cut at ${width}`).toBe(false);
    for (const button of await page.locator("header button").all()) {
      if (!(await button.isVisible())) continue;
      const box = (await button.boundingBox())!;
      expect(box.x + box.width, `${await button.getAttribute("data-testid")} at ${width}`).toBeLessThanOrEqual(width);
    }
  }
});

test("the first paint has the header's place: the page does not move down when the header's HTML arrives", async ({ chat, page, request }) => {
  // React streams a finished region after the rest once the HTML before it is large: in demo mode
  // (the Demo badge) that is the header. The server's HTML must hold its place ahead of the main
  // area, header or placeholder.
  for (const url of [`${APPS.demo.url}/`, `${APPS.demo.url}/c/header-check`]) {
    const html = await (await request.get(url)).text();
    const place = Math.min(...[html.indexOf("<header"), html.indexOf('data-testid="header-space"')].filter((i) => i >= 0));
    expect(place, url).toBeLessThan(html.indexOf('data-testid="drop-zone"'));
  }
  // And in the browser, recorded from the document's start: the main area never shifts.
  await chat.goto(APPS.demo.url);
  await page.addInitScript(() => {
    const w = window as unknown as { __moved: string[] };
    w.__moved = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as unknown as { sources?: { node?: Node }[] }[]) {
        for (const source of entry.sources ?? []) {
          const el = source.node instanceof Element ? source.node : null;
          if (el?.matches('[data-testid="drop-zone"], main')) w.__moved.push(el.outerHTML.slice(0, 60));
        }
      }
    }).observe({ type: "layout-shift", buffered: true });
  });
  for (const path of ["/c/header-check", "/"]) {
    await page.goto(`${APPS.demo.url}${path}`);
    await chat.hydrated();
    await expect(page.locator("header")).toBeVisible();
    expect(await page.evaluate(() => (window as unknown as { __moved: string[] }).__moved), path).toEqual([]);
  }
});
