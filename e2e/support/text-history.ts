import type { Locator } from "@playwright/test";

/**
 * Records every text an element shows from now on, so a label that shows briefly ("Copied" for
 * 1.5 s) is asserted by what it showed, not by catching it on screen: a stalled test process can
 * miss a short window (it did, beside a build loop).
 */
export async function textHistory(locator: Locator): Promise<() => Promise<string[]>> {
  await locator.evaluate((el) => {
    const seen = [el.textContent ?? ""];
    (el as Element & { __texts?: string[] }).__texts = seen;
    new MutationObserver(() => seen.push(el.textContent ?? "")).observe(el, { subtree: true, childList: true, characterData: true });
  });
  return () => locator.evaluate((el) => (el as Element & { __texts?: string[] }).__texts ?? []);
}
