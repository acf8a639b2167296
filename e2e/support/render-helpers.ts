import type { Page } from "@playwright/test";

/** Answer markdown roots of assistant messages (not the reasoning panel); tests take the last. */
export const ANSWER = '[data-testid="message-assistant"] > .md';

/**
 * Records the answer's text at every animation frame while it streams, so tests can assert that
 * no intermediate state ever showed raw syntax. Returns a function collecting the distinct samples.
 */
export async function sampleAnswerText(page: Page): Promise<() => Promise<string[]>> {
  await page.evaluate((selector) => {
    const w = window as unknown as { __samples: string[]; __sampling: boolean };
    w.__samples = [];
    w.__sampling = true;
    let last = "";
    const tick = () => {
      const roots = document.querySelectorAll(selector);
      const el = roots[roots.length - 1];
      const text = el?.textContent ?? "";
      if (text !== last) {
        w.__samples.push(text);
        last = text;
      }
      if (w.__sampling) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  }, ANSWER);
  return () =>
    page.evaluate(() => {
      const w = window as unknown as { __samples: string[]; __sampling: boolean };
      w.__sampling = false;
      return w.__samples;
    });
}

/**
 * Resolves once the page's main thread paints a frame again. No deadline of its own: a frozen tab
 * fails by the test's timeout, and how long a frame took is measured in `npm run bench`, not here.
 */
export async function roundTrip(page: Page): Promise<void> {
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(r)));
}

/** Distance in px from the bottom of a scroll container. */
export function distanceFromBottom(page: Page, selector: string): Promise<number> {
  return page.evaluate((s) => {
    const el = document.querySelector(s)!;
    return el.scrollHeight - el.scrollTop - el.clientHeight;
  }, selector);
}
