import { expect, test } from "./support/chat-page";
import type { Locator, Page } from "@playwright/test";

/** Whether the focused element is inside the element with this data-testid. */
const focusInside = (page: Page, rootTestId: string) =>
  page.evaluate((id) => {
    const root = document.querySelector(`[data-testid="${id}"]`);
    return !!root && !!document.activeElement && root.contains(document.activeElement);
  }, rootTestId);

/**
 * A real click outside `layer` until it closes. Radix starts listening for outside presses in a
 * task after the layer mounts (so the opening click does not close it), and Playwright's input can
 * come before that task on a busy machine; a person's next click never does. It still fails if an
 * outside click never closes the layer.
 */
async function clickOutsideUntilClosed(page: Page, x: number, y: number, layer: Locator) {
  await expect(async () => {
    await page.mouse.click(x, y);
    await expect(layer).toHaveCount(0, { timeout: 1000 });
  }).toPass({ timeout: 15_000 });
}

test("Settings is a modal dialog: focus moves in, Tab cannot leave it, Escape closes it and focus returns", async ({ chat, page }) => {
  await chat.goto();
  const opener = page.getByTestId("settings-button");
  await opener.click();
  const panel = page.getByTestId("settings-panel");
  await expect(panel).toBeVisible();
  await expect(panel).toHaveAttribute("role", "dialog");
  await expect(panel).toHaveAccessibleName("Settings & storage");
  // Named once: no description that only repeats the heading.
  await expect(panel).toHaveAccessibleDescription("");
  await expect.poll(() => focusInside(page, "settings-panel")).toBe(true);
  // More presses than the panel has controls: forwards and backwards, focus stays inside.
  for (const key of [...Array(12).fill("Tab"), ...Array(12).fill("Shift+Tab")]) {
    await page.keyboard.press(key);
    expect(await focusInside(page, "settings-panel"), `after ${key}`).toBe(true);
  }
  await page.keyboard.press("Escape");
  await expect(panel).toHaveCount(0);
  await expect(opener).toBeFocused();
});

test("the share and shared-links dialogs close on Escape and on the backdrop", async ({ chat, page }) => {
  await chat.goto();
  // A hover before hydration is not seen: wait until the button's tooltip shows, so the button
  // that opens the dialog is live.
  await hoverUntilTooltip(page, "shared-links-button", "My shared links");
  await page.getByTestId("shared-links-button").click();
  const panel = page.getByTestId("shared-links-panel");
  await expect(panel).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(panel).toHaveCount(0);
  await expect(page.getByTestId("shared-links-button")).toBeFocused();
  await page.getByTestId("shared-links-button").click();
  await expect(panel).toBeVisible();
  await clickOutsideUntilClosed(page, 5, 5, panel); // the backdrop, outside the panel
});

test("the Tools menu moves with the arrow keys, closes on Escape and on an outside click, which reaches what it landed on", async ({ chat, page }) => {
  await chat.goto();
  const trigger = page.getByTestId("composer-tools");
  const menu = page.getByTestId("composer-tools-menu");
  // Menus are fetched and mounted when first opened; the closed button is live once hydrated.
  await expect(trigger).toBeEnabled();
  await trigger.focus();
  await page.keyboard.press("Enter");
  await expect(menu).toBeVisible();
  await expect(menu).toHaveAttribute("role", "menu");
  await expect(page.getByTestId("capture-screen-button")).toBeFocused();
  await page.keyboard.press("ArrowDown");
  await expect(page.getByTestId("preset-locate")).toBeFocused();
  await page.keyboard.press("ArrowDown");
  await expect(page.getByTestId("preset-gui-step")).toBeFocused();
  await page.keyboard.press("ArrowUp");
  await expect(page.getByTestId("preset-locate")).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(menu).toHaveCount(0);
  await expect(trigger).toBeFocused();

  await trigger.click();
  await expect(menu).toBeVisible();
  // A real click outside closes it and reaches what it landed on (the menu is not modal): the
  // message box takes the caret, not the trigger.
  const box = (await chat.composer.boundingBox())!;
  await clickOutsideUntilClosed(page, box.x + 10, box.y + box.height / 2, menu);
  await expect(chat.composer).toBeFocused();

  // Choosing with the keyboard fills the composer and leaves the caret there.
  await trigger.focus();
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("capture-screen-button")).toBeFocused();
  await page.keyboard.press("ArrowDown");
  await expect(page.getByTestId("preset-locate")).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(menu).toHaveCount(0);
  await expect(chat.composer).toHaveValue(/\[\[x1,y1,x2,y2\]\]/);
  await expect(chat.composer).toBeFocused();
});

test("the model picker filters as you type, shows each model's abilities, and picks with the keyboard", async ({ chat, page }) => {
  await chat.goto();
  const picker = page.getByTestId("model-picker");
  await expect(picker).toHaveAttribute("data-value", "glm-4.5v");
  await picker.click();
  const search = page.getByTestId("model-picker-search");
  await expect(search).toBeFocused();
  const options = page.getByTestId("model-picker-menu").getByRole("option");
  const all = await options.count();
  expect(all).toBeGreaterThan(10);

  await search.fill("flash");
  await expect(options).toHaveCount(4);
  for (const name of await options.allInnerTexts()) expect(name).toMatch(/flash/i);

  await search.fill("free vision");
  await expect(options).toHaveCount(1);
  const flash = page.getByTestId("model-picker-option-glm-4.6v-flash");
  await expect(flash.locator("[data-ability]")).toHaveText(["Vision", "Video", "Free", "128K context"]);
  // A screen reader hears the name and the abilities, not the badge list's label ("Abilities").
  await expect(flash).toHaveAccessibleName("GLM-4.6V Flash, Vision, Video, Free, 128K context");

  await search.fill("text 200k");
  await expect(page.getByTestId("model-picker-option-glm-4.6")).toBeVisible();
  await expect(page.getByTestId("model-picker-option-glm-4.6").locator("[data-ability]")).toHaveText(["200K context"]);
  await expect(page.getByTestId("model-picker-option-glm-4.5v")).toHaveCount(0);

  // "text" names the text models; every model's "context" is not a match for it.
  await search.fill("text");
  await expect(page.getByTestId("model-picker-option-glm-4.6")).toBeVisible();
  await expect(page.getByTestId("model-picker-option-glm-4.5v")).toHaveCount(0);

  await search.fill("zzz");
  await expect(options).toHaveCount(0);
  await expect(page.getByTestId("model-picker-empty")).toBeVisible();

  await search.fill("glm-4.6");
  await expect(options.first()).toHaveAttribute("data-active", "true");
  await page.keyboard.press("ArrowDown");
  await expect(options.nth(1)).toHaveAttribute("data-active", "true");
  await expect(search).toHaveAttribute("aria-activedescendant", (await options.nth(1).getAttribute("id"))!);
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("model-picker-menu")).toHaveCount(0);
  const picked = await picker.getAttribute("data-value");
  expect(picked).toMatch(/^glm-4\.6/);
  expect(picked).not.toBe("glm-4.5v");

  await picker.click();
  await expect(search).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(page.getByTestId("model-picker-menu")).toHaveCount(0);
  await expect(picker).toBeFocused();
  await expect(picker).toHaveAttribute("data-value", picked!);
});

test("header controls are labelled icons with a tooltip", async ({ chat, page }) => {
  await chat.goto();
  for (const id of ["sidebar-toggle", "theme-switch", "share-button", "shared-links-button", "new-chat-button"]) {
    const control = page.getByTestId(id);
    await expect(control, id).toHaveAttribute("aria-label", /\w{3,}/);
    await expect(control.locator("svg"), id).toHaveCount(1);
  }
  await hoverUntilTooltip(page, "theme-switch", /Theme/);
});

test("a tooltip shows on keyboard focus, names itself on the control, and hides on Escape", async ({ chat, page }) => {
  await chat.goto();
  const control = page.getByTestId("theme-switch");
  await control.focus();
  const tooltip = page.getByRole("tooltip");
  await expect(tooltip).toContainText(/Theme/);
  await expect(control).toHaveAttribute("aria-describedby", (await tooltip.getAttribute("id"))!);
  await page.keyboard.press("Escape");
  await expect(tooltip).toHaveCount(0);
  await expect(control).toBeFocused();
  // A click focuses without a hint over what it opens; leaving hides a hover hint.
  await hoverUntilTooltip(page, "shared-links-button", "My shared links");
  await page.mouse.move(0, 0);
  await expect(tooltip).toHaveCount(0);
});

/**
 * A hover that lands before hydration is never seen by the tooltip.
 * Point away and back until the tooltip shows (a condition, not a delay).
 */
async function hoverUntilTooltip(page: Page, testId: string, text: string | RegExp) {
  await expect(async () => {
    await page.mouse.move(0, 0);
    await page.getByTestId(testId).hover();
    await expect(page.getByRole("tooltip")).toContainText(text, { timeout: 2_000 });
  }).toPass({ timeout: 15_000 });
}

test("the Thinking switch shows its word where the header has room, a brain icon where it has not", async ({ chat, page }) => {
  await chat.goto();
  const toggle = page.getByTestId("thinking-toggle");
  const brain = toggle.locator("svg.lucide-brain");
  const word = toggle.getByText("Thinking", { exact: true });
  await page.setViewportSize({ width: 1400, height: 800 });
  await expect(word).toBeVisible();
  await expect(brain).toBeHidden();
  // On a phone the word has no room: a bare track said nothing of what it switches.
  await page.setViewportSize({ width: 390, height: 844 });
  await expect(brain).toBeVisible();
  await expect(word).toBeHidden();
  await expect(toggle).toHaveAccessibleName("Thinking");
});

test("a disabled Send is grey, not a faded blue that reads as ready in the dark theme", async ({ chat, page }) => {
  await page.emulateMedia({ colorScheme: "dark" });
  await chat.goto();
  const send = page.getByTestId("send-button");
  const background = () => send.evaluate((el) => getComputedStyle(el).backgroundColor);
  await expect(send).toBeDisabled();
  const disabled = await background();
  await chat.composer.fill("ready");
  await expect(send).toBeEnabled();
  // The colour eases over 150 ms (transition-colors): wait for where it settles, the primary token.
  const primary = await page.evaluate(() => {
    const probe = document.body.appendChild(document.createElement("div"));
    probe.style.backgroundColor = "var(--primary)";
    const colour = getComputedStyle(probe).backgroundColor;
    probe.remove();
    return colour;
  });
  expect(primary).not.toBe(disabled);
  await expect.poll(background).toBe(primary);
});
