import type { Browser, Page } from "playwright-core";

/** A desktop-sized page of its own browser context, opened at `url` with the composer on screen. */
export async function openChat(browser: Browser, url: string, serviceWorkers: "allow" | "block" = "allow"): Promise<Page> {
  const p = await (await browser.newContext({ viewport: { width: 1280, height: 900 }, serviceWorkers })).newPage();
  // Run by `npx tsx`, functions passed to page.evaluate call esbuild's `__name`, which pages lack.
  await p.addInitScript("window.__name = (f) => f");
  await p.goto(url);
  await p.getByTestId("composer").filter({ visible: true }).waitFor();
  return p;
}

/**
 * Waits until a start of `path` is usable: the composer enabled and, with `?list=<n>` in the URL,
 * the whole list shown; on `/c/bench-long`, its last answer shown.
 */
export async function startReady(p: Page, path: string): Promise<void> {
  await p.waitForFunction(
    (path) => {
      const composer = document.querySelector<HTMLTextAreaElement>('[data-testid="composer"]');
      if (!composer || composer.disabled) return false;
      const list = Number(new URL(location.href).searchParams.get("list") ?? 0);
      if (list) return document.querySelector('[data-testid="conversation-list"]')?.getAttribute("data-count") === String(list);
      if (!path.startsWith("/c/")) return true;
      const last = [...document.querySelectorAll('[data-testid="message-assistant"]')].at(-1);
      return !!last?.textContent?.includes("Answer 499");
    },
    path,
    { polling: "raf", timeout: 60_000 },
  );
}
