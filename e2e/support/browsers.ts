import { existsSync } from "node:fs";

/** Debian's full Chromium, the browser a user runs: the benches and the full-browser e2e project use it. */
export const FULL_CHROMIUM = "/usr/bin/chromium";

/**
 * Debian's build of Chromium's headless shell (package chromium-headless-shell): the same Blink and
 * V8 without the desktop browser around them, and the browser Playwright itself runs headless tests
 * in when it may download one. A fresh context and a page load cost about half the CPU of the full
 * browser's headless mode (docs/decisions/test-suite-speed.md, sixth round).
 */
export const HEADLESS_SHELL = "/usr/bin/chromium-headless-shell";

/** The browser the e2e suite runs in: CHROMIUM_PATH if set, else the headless shell if installed. */
export function e2eBrowserPath(env: Record<string, string | undefined> = process.env, exists: (path: string) => boolean = existsSync): string {
  return env.CHROMIUM_PATH ?? (exists(HEADLESS_SHELL) ? HEADLESS_SHELL : FULL_CHROMIUM);
}
