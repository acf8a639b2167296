import { expect, test } from "./support/chat-page";
import { APPS } from "./support/ports";
import { uniqueMarker } from "./support/stand-in-client";

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
