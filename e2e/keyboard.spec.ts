import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import en from "../lib/i18n/messages/en.json" with { type: "json" };
import zh from "../lib/i18n/messages/zh.json" with { type: "json" };
import { attachInput, expect, test } from "./support/chat-page";
import { seedConversations } from "./support/idb";
import { openGate, uniqueMarker } from "./support/stand-in-client";

const a11y = en.a11y;
const shapes = { name: "shapes.png", mimeType: "image/png", buffer: readFileSync("e2e/fixtures/shapes.png") };
const focusedTestId = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute("data-testid") ?? document.activeElement?.tagName);

test("landmarks: one main, one h1, the skip link is the first tab stop and lands in the composer", async ({ chat, page }) => {
  await chat.goto();
  await expect(page.locator("main")).toHaveCount(1);
  await expect(page.locator("main").getByTestId("composer")).toHaveCount(1);
  await expect(page.locator("h1")).toHaveCount(1);
  // The composer has focus on arrival (a desktop with a keyboard).
  await expect(chat.composer).toBeFocused();
  // Start from the top of the page, as a keyboard user arriving does.
  await page.evaluate(() => {
    document.body.tabIndex = -1;
    document.body.focus();
    document.body.removeAttribute("tabindex");
  });
  await page.keyboard.press("Tab");
  const skip = page.getByTestId("skip-link");
  await expect(skip).toBeFocused();
  await expect(skip).toHaveText(a11y.skipToComposer);
  await expect(skip).toBeInViewport();
  await page.keyboard.press("Enter");
  await expect(chat.composer).toBeFocused();
  await expect(page).toHaveURL(/\/$/);
});

test("the live region announces an answer starting and finishing, and an error in words", async ({ chat, page }) => {
  await chat.goto();
  const live = page.getByTestId("live-region");
  await expect(live).toHaveAttribute("aria-live", "polite");
  const gate = uniqueMarker();
  await chat.send(`[[gate:${gate}]] hello ${gate}`);
  await expect(live).toContainText(a11y.answerStarted);
  await openGate(gate);
  await expect(live).toContainText(a11y.answerFinished);
  await chat.waitForAnswerDone();
  await chat.send(`[[scenario:error-1211]] ${uniqueMarker()}`);
  await expect(chat.lastAssistant()).toHaveAttribute("data-status", "error");
  // One voice: the live region says the card's title and words; the card is no alert saying them again.
  const words = chat.lastAssistant().getByTestId("message-error-words").locator("p");
  const [title, text] = [await words.nth(0).textContent(), await words.nth(1).textContent()];
  await expect(live).toContainText(a11y.answerError.replace("{message}", a11y.answerEnded.replace("{title}", title!).replace("{text}", text!)));
  await expect(chat.lastAssistant().getByRole("alert")).toHaveCount(0);
});

test("the live region says how an answer ended when it was cut, blocked or never came, in its card's words", async ({ chat, page }) => {
  await chat.goto();
  const live = page.getByTestId("live-region");
  const ended = (title: string, text: string) => a11y.answerEnded.replace("{title}", title).replace("{text}", text);
  const notice = (code: "length" | "network_error" | "sensitive" | "length_thinking") => ended(en.errors.title[code], en.errors.text[code]);
  const cases = [
    ["length", "length", notice("length")],
    ["network-error", "network_error", notice("network_error")],
    ["sensitive", "sensitive", notice("sensitive")],
    ["reasoning-length", "length_thinking", notice("length_thinking")],
  ] as const;
  for (const [scenario, code, said] of cases) {
    await chat.send(`[[scenario:${scenario}]] ${uniqueMarker()}`);
    // The card on screen and the announcement say the same ending.
    await expect(chat.lastAssistant().getByTestId("message-error")).toHaveAttribute("data-code", code);
    await expect(live).toContainText(said);
    await expect(live).not.toContainText(a11y.answerFinished);
    await expect(chat.lastAssistant().getByRole("alert")).toHaveCount(0);
  }
  await chat.send(`[[scenario:tool-call]] ${uniqueMarker()}`);
  await expect(chat.lastAssistant().getByTestId("tool-call-note")).toBeVisible();
  await expect(live).toContainText(ended(a11y.answerAtTool, en.answer.toolNotRun));
});

test("shortcuts: Ctrl+/ opens the sheet listing them all; Escape closes it and returns focus", async ({ chat, page }) => {
  await chat.goto();
  await expect(chat.composer).toBeFocused();
  await page.keyboard.press("Control+/");
  const sheet = page.getByTestId("shortcuts-dialog");
  await expect(sheet).toBeVisible();
  await expect(sheet).toContainText(en.shortcuts.title);
  for (const id of ["newChat", "focusComposer", "search", "toggleSidebar", "stop", "copyLastAnswer", "toggleThinking"]) {
    await expect(sheet.getByTestId(`shortcut-${id}`)).toContainText(en.shortcuts[id as keyof typeof en.shortcuts]);
  }
  // Not a Mac here: Ctrl, not ⌘.
  await expect(sheet.getByTestId("shortcut-newChat")).toContainText("Ctrl");
  await expect(sheet.getByTestId("shortcut-newChat")).not.toContainText("⌘");
  await page.keyboard.press("Escape");
  await expect(sheet).toHaveCount(0);
  await expect(chat.composer).toBeFocused();
});

test("the shortcuts sheet is also reached from Settings, for those who do not know Ctrl+/", async ({ chat, page }) => {
  await chat.goto();
  await page.getByTestId("settings-button").click();
  const link = page.getByTestId("settings-panel").getByTestId("show-shortcuts-button");
  await expect(link).toContainText(en.shortcuts.open);
  await expect(link).toContainText("Ctrl+/");
  await expect(link).toHaveAttribute("aria-keyshortcuts", "Control+/");
  await link.click();
  await expect(page.getByTestId("settings-panel")).toHaveCount(0);
  const sheet = page.getByTestId("shortcuts-dialog");
  await expect(sheet).toBeVisible();
  await expect(sheet.getByTestId("shortcut-newChat")).toContainText(en.shortcuts.newChat);
  await page.keyboard.press("Escape");
  await expect(sheet).toHaveCount(0);
  // The Settings link that opened it is gone: focus goes to the message box, not to <body>.
  await expect(chat.composer).toBeFocused();
  // The same by the close button.
  await page.getByTestId("settings-button").click();
  await page.getByTestId("settings-panel").getByTestId("show-shortcuts-button").click();
  await sheet.getByTestId("shortcuts-dialog-close").click();
  await expect(sheet).toHaveCount(0);
  await expect(chat.composer).toBeFocused();
});

test("shortcuts: new chat, focus composer, search, toggle sidebar, toggle thinking, copy last answer", async ({ chat, page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await chat.goto();
  await chat.ask(`[[scenario:no-reasoning]] copy me ${uniqueMarker()}`);

  await page.keyboard.press("Control+Shift+C");
  await expect(page.getByTestId("live-region")).toContainText(a11y.copied);
  await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toContain("Answer without reasoning to: copy me");

  const thinking = page.getByTestId("thinking-toggle");
  const before = await thinking.getAttribute("aria-checked");
  await page.keyboard.press("Control+Shift+E");
  await expect(thinking).not.toHaveAttribute("aria-checked", before ?? "");
  await page.keyboard.press("Control+Shift+E");
  await expect(thinking).toHaveAttribute("aria-checked", before ?? "");

  await page.keyboard.press("Control+K");
  await expect(chat.search).toBeFocused();
  // Reached again with an old query in it: the query is selected, so typing replaces it.
  await chat.search.fill("old query");
  await page.keyboard.press("Shift+Escape");
  await expect(chat.composer).toBeFocused();
  await page.keyboard.press("Control+K");
  await expect(chat.search).toBeFocused();
  await expect.poll(() => chat.search.evaluate((el: HTMLInputElement) => [el.selectionStart, el.selectionEnd])).toEqual([0, "old query".length]);
  await chat.search.fill("");
  await page.keyboard.press("Shift+Escape");
  await expect(chat.composer).toBeFocused();

  const sidebar = page.getByTestId("sidebar");
  await expect(sidebar).toBeVisible();
  await page.keyboard.press("Control+Shift+S");
  await expect(sidebar).toBeHidden();
  await page.keyboard.press("Control+K");
  await expect(chat.search).toBeFocused();

  await page.keyboard.press("Control+Shift+O");
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByTestId("message-assistant")).toHaveCount(0);
  await expect(chat.composer).toBeFocused();
});

test("Escape stops a running answer when nothing else is open", async ({ chat, page }) => {
  await chat.goto();
  const gate = uniqueMarker();
  await chat.send(`[[gate:${gate}]] stop me ${gate}`);
  await expect(chat.stopButton).toBeVisible();
  // An open sheet takes the first Escape; the answer keeps going.
  await page.keyboard.press("Control+/");
  await expect(page.getByTestId("shortcuts-dialog")).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(page.getByTestId("shortcuts-dialog")).toHaveCount(0);
  await expect(chat.stopButton).toBeVisible();
  await page.keyboard.press("Escape");
  await chat.waitForAnswerDone();
  await expect(chat.sendButton).toBeVisible();
  await expect(page.getByTestId("live-region")).toContainText(a11y.answerStopped);
  await openGate(gate);
});

test("Escape while typing a follow-up leaves the answer running; from an emptied message box it stops it", async ({ chat, page }) => {
  await chat.goto();
  const [first, second] = [uniqueMarker(), uniqueMarker()];
  await chat.send(`[[scenario:no-reasoning]] [[gate:${first}]] typing ${first}`);
  await expect(chat.stopButton).toBeVisible();
  await chat.composer.pressSequentially("and then");
  await page.keyboard.press("Escape");
  await expect(chat.composer).toHaveValue("and then");
  // Had that Escape stopped it, the answer would end here, cut and marked stopped.
  await openGate(first);
  await chat.waitForAnswerDone();
  await expect(chat.lastAssistant()).toContainText(`Answer without reasoning to: typing ${first}`);
  await expect(chat.lastAssistant().getByTestId("stopped-note")).toHaveCount(0);

  await chat.send(`[[scenario:no-reasoning]] [[gate:${second}]] typing ${second}`);
  await expect(chat.stopButton).toBeVisible();
  await chat.composer.pressSequentially("x");
  await page.keyboard.press("Backspace");
  await page.keyboard.press("Escape");
  await expect(chat.lastAssistant().getByTestId("stopped-note")).toBeVisible();
  await expect(chat.sendButton).toBeVisible();
  await openGate(second);
});

test("history rows are one tab stop each; arrows reach the next row and the row's actions", async ({ chat, page }) => {
  await chat.goto();
  const first = uniqueMarker();
  const second = uniqueMarker();
  await chat.ask(`[[scenario:no-reasoning]] ${first}`);
  await page.keyboard.press("Control+Shift+O");
  await chat.ask(`[[scenario:no-reasoning]] ${second}`);
  await expect(chat.conversationItems()).toHaveCount(2);
  const rows = chat.conversationItems();
  await rows.nth(0).getByTestId("conversation-open").focus();
  await page.keyboard.press("Tab");
  // Past the whole row: the next row's open button, not this row's rename / pin / delete.
  await expect(rows.nth(1).getByTestId("conversation-open")).toBeFocused();
  await page.keyboard.press("ArrowUp");
  await expect(rows.nth(0).getByTestId("conversation-open")).toBeFocused();
  await page.keyboard.press("ArrowRight");
  await expect(rows.nth(0).getByTestId("rename-button")).toBeFocused();
  await expect(rows.nth(0).getByTestId("rename-button")).toBeVisible();
  await page.keyboard.press("ArrowRight");
  await expect(rows.nth(0).getByTestId("pin-button")).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(chat.conversationItems().first()).toHaveAttribute("data-pinned", "true");
  await page.keyboard.press("ArrowLeft");
  expect(await focusedTestId(page)).toBe("rename-button");
});

test("arrows move from the search box into the history or the search results, between them, and back up", async ({ chat, page }) => {
  await chat.goto();
  const first = uniqueMarker();
  const second = uniqueMarker();
  await chat.ask(`[[scenario:no-reasoning]] apricots ${first}`);
  await page.keyboard.press("Control+Shift+O");
  await chat.ask(`[[scenario:no-reasoning]] apricots ${second}`);
  const rows = chat.conversationItems();
  await expect(rows).toHaveCount(2);
  // Nothing searched: Down from the box reaches the first conversation, Up from it the box.
  await chat.search.focus();
  await page.keyboard.press("ArrowDown");
  await expect(rows.nth(0).getByTestId("conversation-open")).toBeFocused();
  await page.keyboard.press("ArrowUp");
  await expect(chat.search).toBeFocused();

  await chat.search.fill("apricots");
  const results = page.getByTestId("search-result");
  await expect(results).toHaveCount(2);
  await page.keyboard.press("ArrowDown");
  await expect(results.nth(0)).toBeFocused();
  await page.keyboard.press("ArrowDown");
  await expect(results.nth(1)).toBeFocused();
  await page.keyboard.press("Home");
  await expect(results.nth(0)).toBeFocused();
  await page.keyboard.press("End");
  await expect(results.nth(1)).toBeFocused();
  await page.keyboard.press("ArrowUp");
  await expect(results.nth(0)).toBeFocused();
  await page.keyboard.press("ArrowUp");
  await expect(chat.search).toBeFocused();
  // Reached by Tab, a result moves with the arrows too.
  await page.keyboard.press("Tab");
  await expect(results.nth(0)).toBeFocused();
  await page.keyboard.press("ArrowDown");
  await expect(results.nth(1)).toBeFocused();
  await page.keyboard.press("Enter");
  // Newest first: the second result is the first chat.
  await expect(page.getByTestId("message-user")).toContainText(first);
});

test("click an image to open it large: attachments and the image with the model's boxes", async ({ chat, page }) => {
  await chat.goto();
  await attachInput(page).setInputFiles(shapes);
  await expect(page.getByTestId("attachment-thumb")).toHaveCount(1);
  await chat.send(`[[scenario:grounding-shapes]] ${uniqueMarker()}`);
  await chat.waitForAnswerDone();

  await page.getByTestId("message-user").last().getByTestId("attachment-open").click();
  const box = page.getByTestId("image-lightbox");
  await expect(box).toBeVisible();
  await expect(box.getByTestId("image-lightbox-image")).toHaveAttribute("alt", "shapes.png");
  await page.keyboard.press("Escape");
  await expect(box).toHaveCount(0);

  // A click right on a drawn box still opens the image: the overlay does not swallow it.
  await chat.lastAssistant().getByTestId("grounding-box").first().click();
  await expect(box).toBeVisible();
  await expect(box.getByTestId("grounding-box")).toHaveCount(4);
  // Large, and whole: as big as the screen allows without cropping.
  await expect(box.getByTestId("image-lightbox-image")).toBeInViewport({ ratio: 1 });
  const shown = await box.getByTestId("image-lightbox-image").boundingBox();
  expect(shown!.height).toBeGreaterThan(0.7 * page.viewportSize()!.height);
  await box.getByTestId("image-lightbox-close").click();
  await expect(box).toHaveCount(0);
  // Keyboard: the image is a button.
  await chat.lastAssistant().getByTestId("image-open").focus();
  await page.keyboard.press("Enter");
  await expect(box).toBeVisible();
});

test.describe("phone", () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test("touch: no Enter-to-send hint, no focus grab, labelled header buttons, Escape closes the drawer", async ({ chat, page }) => {
    await chat.goto();
    await expect(chat.composer).toHaveAttribute("placeholder", /.+/);
    await expect(chat.composer).not.toHaveAttribute("placeholder", /Enter/);
    await expect(chat.composer).not.toBeFocused();
    const header = page.locator("header");
    for (const button of await header.getByRole("button").all()) {
      if (!(await button.isVisible())) continue;
      const name = (await button.getAttribute("aria-label")) ?? (await button.textContent()) ?? "";
      expect(name.trim().length, await button.evaluate((b) => b.outerHTML.slice(0, 120))).toBeGreaterThan(2);
    }
    await page.getByTestId("sidebar-toggle").click();
    await expect(page.getByTestId("sidebar")).toBeVisible();
    await page.keyboard.press("Escape");
    await expect(page.getByTestId("sidebar")).toBeHidden();
  });
});

test.describe("phone, touch with a keyboard", () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  const inDrawer = (page: Page) => page.evaluate(() => !!document.activeElement?.closest('[data-testid="sidebar"]'));
  const inert = (page: Page, testId: string) => page.getByTestId(testId).evaluate((el) => !!el.closest("[inert]"));

  test("the drawer takes focus without raising the keyboard, keeps Tab inside, the page behind is inert, Escape gives focus back", async ({ chat, page }) => {
    await chat.goto();
    await chat.ask(`[[scenario:no-reasoning]] ${uniqueMarker()}`);
    const toggle = page.getByTestId("sidebar-toggle");
    const drawer = page.getByTestId("sidebar");
    await toggle.focus();
    await page.keyboard.press("Enter");
    await expect(drawer).toBeVisible();
    await expect(drawer).toBeFocused();
    // Not the search box: on a touch screen that would raise the on-screen keyboard.
    await expect(chat.search).not.toBeFocused();
    for (const id of ["sidebar-toggle", "model-picker", "message-list", "skip-link"]) expect(await inert(page, id), id).toBe(true);
    expect(await inert(page, "sidebar")).toBe(false);
    for (let i = 0; i < 8; i++) {
      await page.keyboard.press("Tab");
      expect(await inDrawer(page)).toBe(true);
    }
    for (let i = 0; i < 8; i++) {
      await page.keyboard.press("Shift+Tab");
      expect(await inDrawer(page)).toBe(true);
    }
    await page.keyboard.press("Escape");
    await expect(drawer).toBeHidden();
    await expect(toggle).toBeFocused();
    expect(await inert(page, "model-picker")).toBe(false);

    // Opened by a tap: focus is in the drawer too, and Shift+Tab from the drawer itself stays in it.
    await toggle.tap();
    await expect(drawer).toBeFocused();
    await page.keyboard.press("Shift+Tab");
    expect(await inDrawer(page)).toBe(true);
    await page.getByTestId("sidebar-backdrop").tap({ position: { x: 370, y: 400 } });
    await expect(drawer).toBeHidden();
    expect(await inert(page, "message-list")).toBe(false);
  });
});

test("a desktop keeps the Enter-to-send hint, whole", async ({ chat, page }) => {
  await chat.goto();
  await expect(chat.composer).toHaveAttribute("placeholder", en.chat.placeholder);
  await expect.poll(() => placeholderFits(page)).toBe(true);
});

test("reduced motion: the pulsing 'thinking' hint does not animate", async ({ chat, page }) => {
  await page.emulateMedia({ reducedMotion: "reduce" });
  await chat.goto();
  const gate = uniqueMarker();
  await chat.send(`[[gate:${gate}]] ${gate}`);
  await expect(page.locator(".animate-pulse").first()).toBeVisible();
  // Read in one step in the page: the "waiting" hint is replaced by the reasoning label when the
  // first chunk renders, and a detached element's computed style is empty (NaN here).
  // The longest duration among the pulsing elements now (null while there is none).
  const longest = () => page.evaluate(() => {
    const durations = [...document.querySelectorAll(".animate-pulse")].map((el) => parseFloat(getComputedStyle(el).animationDuration));
    return durations.length ? Math.max(...durations) : null;
  });
  await expect.poll(longest).toBeLessThan(0.001);
  await openGate(gate);
  await chat.waitForAnswerDone();
});

/**
 * Whether the message box's placeholder fits its line whole: measured on a span in the field's
 * font, apart from how the page chose the wording (the placeholder itself is cut with an ellipsis).
 */
/** Whether `text` (the field's own placeholder when not given) fits on the field's line in its font. */
function placeholderFits(page: Page, text?: string): Promise<boolean> {
  return page.getByTestId("composer").evaluate((field: HTMLTextAreaElement, text) => {
    const s = getComputedStyle(field);
    const probe = document.createElement("span");
    probe.textContent = text ?? field.placeholder;
    probe.style.cssText = `position:absolute;visibility:hidden;white-space:pre;font:${s.font};letter-spacing:${s.letterSpacing}`;
    document.body.append(probe);
    const width = probe.getBoundingClientRect().width;
    probe.remove();
    return width <= field.clientWidth - parseFloat(s.paddingLeft) - parseFloat(s.paddingRight);
  }, text);
}

test.describe("narrow window with a keyboard", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test("the Enter-to-send hint is whole and on one line (the box did not jump taller as the page came alive), and text still grows it", async ({ chat, page }) => {
    await chat.goto();
    // The short hint: the full one was cut at 390 px ("Message GLM…  (Enter to send, Shift+En…").
    await expect(chat.composer).toHaveAttribute("placeholder", en.chat.placeholderNarrow);
    await expect.poll(() => placeholderFits(page)).toBe(true);
    const height = async () => (await chat.composer.boundingBox())!.height;
    const empty = await height();
    expect(empty).toBeLessThan(48); // one line (min-h-10)
    // Widened to a desktop's window, the full hint is back.
    await page.setViewportSize({ width: 1280, height: 844 });
    await expect(chat.composer).toHaveAttribute("placeholder", en.chat.placeholder);
    await expect.poll(() => placeholderFits(page)).toBe(true);
    await page.setViewportSize({ width: 390, height: 844 });
    await expect(chat.composer).toHaveAttribute("placeholder", en.chat.placeholderNarrow);
    await chat.composer.fill("a long message that certainly wraps onto a second line in a window as narrow as a phone");
    await expect.poll(height).toBeGreaterThan(empty);
  });

  test.describe("in Chinese", () => {
    test.use({ locale: "zh-CN" });
    test("the Enter-to-send hint is whole", async ({ chat, page }) => {
      await chat.goto();
      // Which wording fits at 390 px depends on the machine's Chinese font (with none, each
      // character is a narrow box): the full hint when it fits on the line, the short one otherwise.
      const expected = async () => ((await placeholderFits(page, zh.chat.placeholder)) ? zh.chat.placeholder : zh.chat.placeholderNarrow);
      await expect.poll(async () => (await chat.composer.getAttribute("placeholder")) === (await expected())).toBe(true);
      await expect.poll(() => placeholderFits(page)).toBe(true);
    });
  });
});

test("renaming and deleting a history row keep the keyboard's place: back on Rename, then on the next row, then on Undo", async ({ chat, page }) => {
  await chat.goto();
  const now = Date.now();
  await seedConversations(page, [
    { id: "kb-first", title: "First row", messages: 2, updatedAt: now },
    { id: "kb-second", title: "Second row", messages: 2, updatedAt: now - 60_000 },
  ]);
  await chat.reload();
  const first = chat.conversationItem("First row");
  const focusedRow = () => page.evaluate(() => document.activeElement?.closest<HTMLElement>("[data-testid=conversation-item]")?.dataset.id ?? null);

  await first.getByTestId("rename-button").focus();
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("rename-input")).toBeFocused();
  await page.keyboard.press("End");
  await page.keyboard.type(" renamed");
  await page.keyboard.press("Enter");
  await expect(chat.conversationItem("First row renamed").getByTestId("rename-button")).toBeFocused();

  // Escape leaves the title as it was, and focus on Rename too.
  await page.keyboard.press("Enter");
  await page.keyboard.type(" not kept");
  await page.keyboard.press("Escape");
  await expect(chat.conversationItem("First row renamed").getByTestId("rename-button")).toBeFocused();
  await expect(chat.conversationItem("not kept")).toHaveCount(0);

  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("ArrowRight");
  expect(await focusedTestId(page)).toBe("delete-button");
  await page.keyboard.press("Enter");
  await expect(chat.conversationItems()).toHaveCount(1);
  await expect.poll(() => focusedRow()).toBe("kb-second");

  await chat.conversationItem("Second row").getByTestId("delete-button").focus();
  await page.keyboard.press("Enter");
  await expect(chat.conversationItems()).toHaveCount(0);
  await expect(page.getByTestId("undo-button")).toBeFocused();
});

test("editing a message or the chat's title gives focus back to the control that opened it", async ({ chat, page }) => {
  await chat.goto();
  await chat.ask(`[[scenario:no-reasoning]] ${uniqueMarker()}`);

  const edit = page.getByTestId("message-user").getByTestId("edit-message-button");
  await edit.click();
  await expect(page.getByTestId("edit-message-input")).toBeFocused();
  // The caret is at the end of the text, where an edit usually goes on.
  expect(await page.getByTestId("edit-message-input").evaluate((el: HTMLTextAreaElement) => [el.selectionStart, el.selectionEnd, el.value.length > 0])).toEqual(
    await page.getByTestId("edit-message-input").evaluate((el: HTMLTextAreaElement) => [el.value.length, el.value.length, true]),
  );
  await page.keyboard.press("Escape");
  await expect(edit).toBeFocused();
  await page.keyboard.press("Enter");
  await page.getByTestId("edit-cancel-button").click();
  await expect(edit).toBeFocused();

  const title = page.getByTestId("chat-title");
  await title.click();
  await expect(page.getByTestId("title-edit")).toBeFocused();
  await page.keyboard.type("Kept title");
  await page.keyboard.press("Enter");
  await expect(title).toHaveText("Kept title");
  await expect(title).toBeFocused();
  await page.keyboard.press("Enter");
  await page.keyboard.type("Dropped");
  await page.keyboard.press("Escape");
  await expect(title).toHaveText("Kept title");
  await expect(title).toBeFocused();
});

test("Escape does not throw away an edited message: the first press asks, the second discards", async ({ chat, page }) => {
  await chat.goto();
  const marker = uniqueMarker();
  await chat.ask(`[[scenario:no-reasoning]] ${marker}`);
  await page.getByTestId("message-user").getByTestId("edit-message-button").click();
  const input = page.getByTestId("edit-message-input");
  await input.press("End");
  await page.keyboard.type(" and more");
  await page.keyboard.press("Escape");
  await expect(page.getByTestId("edit-discard-hint")).toHaveText("Press Esc again to discard your changes.");
  await expect(input).toHaveValue(/and more$/);
  // Typing on clears the question; the next Escape asks again.
  await page.keyboard.type("!");
  await expect(page.getByTestId("edit-discard-hint")).toHaveCount(0);
  await page.keyboard.press("Escape");
  await expect(page.getByTestId("edit-discard-hint")).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(page.getByTestId("message-editor")).toHaveCount(0);
  await expect(page.getByTestId("message-user")).not.toContainText("and more");
  await expect(page.getByTestId("message-user")).toContainText(marker);
});

test("a pressed control that goes away hands focus to the message box, not the page's start", async ({ chat, page }) => {
  await chat.goto();
  // Stop turns into Send.
  await chat.send(`[[scenario:long]] [[tps:25]] ${uniqueMarker()}`);
  await page.getByTestId("stop-button").click();
  await expect(page.getByTestId("send-button")).toBeVisible();
  await expect(chat.composer).toBeFocused();
  await chat.waitForAnswerDone();

  // Regenerate hides the answer's actions while the new one streams.
  await chat.lastAssistant().getByTestId("regenerate-button").click();
  await expect(chat.composer).toBeFocused();
  await page.getByTestId("stop-button").click();
  await chat.waitForAnswerDone();

  // The editor sends on Enter, as the message box does, and closes.
  await page.getByTestId("message-user").getByTestId("edit-message-button").click();
  await expect(page.getByTestId("edit-message-input")).toBeFocused();
  await page.getByTestId("edit-message-input").fill(`[[scenario:no-reasoning]] again ${uniqueMarker()}`);
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("message-editor")).toHaveCount(0);
  await expect(page.getByTestId("message-user")).toContainText("again");
  await expect(chat.composer).toBeFocused();
  await chat.waitForAnswerDone();

  // GUI agent: its start button leaves, the task field is next.
  await page.getByTestId("agent-start-button").click();
  await expect(page.getByTestId("agent-task-input")).toBeFocused();
});

/** Safari's order: the composition ends, then the Enter that confirmed it arrives as keyCode 229, not composing. */
async function safariImeEnter(page: Page) {
  await page.evaluate(() => {
    const field = document.activeElement!;
    field.dispatchEvent(new CompositionEvent("compositionstart", { bubbles: true }));
    field.dispatchEvent(new CompositionEvent("compositionend", { bubbles: true, data: "你好" }));
    field.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter", code: "Enter", keyCode: 229, bubbles: true, cancelable: true }));
  });
}

test("the Enter that confirms an input method's word (Safari's order) does not send, save an edit or pick a model", async ({ chat, page }) => {
  await chat.goto();
  await chat.composer.fill("你好");
  await chat.composer.focus();
  await safariImeEnter(page);
  await page.keyboard.type(" 世界");
  await page.keyboard.press("Enter");
  await chat.waitForAnswerDone();
  // One question with every word: the confirming Enter had sent "你好" on its own.
  await expect(page.getByTestId("message-user")).toHaveCount(1);
  await expect(page.getByTestId("message-user")).toContainText("你好 世界");

  await page.getByTestId("message-user").getByTestId("edit-message-button").click();
  const editor = page.getByTestId("edit-message-input");
  await editor.fill("改好");
  await editor.focus();
  await safariImeEnter(page);
  await expect(editor).toBeVisible();
  await page.keyboard.type("了");
  await page.keyboard.press("Enter");
  await chat.waitForAnswerDone();
  await expect(page.getByTestId("message-user")).toContainText("改好了");

  const picker = page.getByTestId("model-picker");
  const chosen = await picker.getAttribute("data-value");
  await picker.click();
  const search = page.getByTestId("model-picker-search");
  await search.fill("flash");
  await safariImeEnter(page);
  await expect(page.getByTestId("model-picker-menu")).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(page.getByTestId("model-picker-menu")).toHaveCount(0);
  await expect(picker).toHaveAttribute("data-value", chosen!);
});

test("deleting a message from the keyboard moves focus to the next message's actions, else the previous one's, else the message box", async ({ chat, page }) => {
  await chat.goto();
  await chat.ask(`[[scenario:no-reasoning]] one ${uniqueMarker()}`);
  await chat.ask(`[[scenario:error-500]] two ${uniqueMarker()}`);
  const questions = page.getByTestId("message-user");
  const answers = page.getByTestId("message-assistant");
  const deleteFromKeyboard = async (message: import("@playwright/test").Locator) => {
    await message.getByTestId("delete-message-button").focus();
    await page.keyboard.press("Enter");
  };
  // The error card's answer, the last message: nothing after it, so the question before it.
  await expect(answers.last()).toHaveAttribute("data-status", "error");
  await deleteFromKeyboard(answers.last());
  await expect(answers).toHaveCount(1);
  await expect(questions.last().getByTestId("message-actions").locator("button").first()).toBeFocused();
  // Not the Undo offer, though it is there.
  await expect(page.getByTestId("message-undo-button")).toBeVisible();
  await deleteFromKeyboard(questions.last());
  await expect(questions).toHaveCount(1);
  await expect(answers.last().getByTestId("message-actions").locator("button").first()).toBeFocused();
  // The first question, with its answer after it: that answer's actions.
  await deleteFromKeyboard(answers.last());
  await expect(answers).toHaveCount(0);
  await expect(questions.last().getByTestId("message-actions").locator("button").first()).toBeFocused();
  // The last message gone: the message box, where typing goes on.
  await deleteFromKeyboard(questions.last());
  await expect(questions).toHaveCount(0);
  await expect(chat.composer).toBeFocused();
});

test("each message is an article named for who speaks, its heading beside the message's text", async ({ chat, page }) => {
  await chat.goto();
  const marker = uniqueMarker();
  await chat.ask(`[[scenario:no-reasoning]] hello ${marker}`);
  const question = page.getByRole("article", { name: en.chat.fromYou });
  const answer = page.getByRole("article", { name: en.brand.model });
  await expect(question).toHaveCount(1);
  await expect(answer).toHaveCount(1);
  await expect(question.getByRole("heading", { level: 2 })).toHaveText(en.chat.fromYou);
  await expect(question.getByTestId("message-user")).toContainText(marker);
  await expect(answer.getByTestId("message-assistant")).toHaveCount(1);
  // The name is not in the message's own text (what is copied and read as the message).
  await expect(question.getByTestId("message-user")).not.toContainText(en.chat.fromYou);
});

test("the message box shows a focus ring while its text field has focus", async ({ chat, page }) => {
  await chat.goto();
  const box = page.locator("form").filter({ has: chat.composer });
  const look = () => box.evaluate((el) => `${getComputedStyle(el).boxShadow} | ${getComputedStyle(el).borderColor}`);
  await chat.composer.blur();
  await expect(chat.composer).not.toBeFocused();
  const blurred = await look();
  await chat.composer.focus();
  await expect(chat.composer).toBeFocused();
  await expect.poll(look).not.toBe(blurred);
  await chat.composer.blur();
  await expect.poll(look).toBe(blurred);
});
