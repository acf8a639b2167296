// Where Debian installs the browsers the tests run in. Plain JavaScript so that scripts/test.mjs,
// which node runs directly, reads the same paths as the Playwright configs (through browsers.ts).

/** Debian's full Chromium, the browser a user runs: the benches and the full-browser e2e project use it. */
export const FULL_CHROMIUM = "/usr/bin/chromium";

/**
 * Debian's build of Chromium's headless shell (package chromium-headless-shell): the same Blink and
 * V8 without the desktop browser around them, and the browser Playwright itself runs headless tests
 * in when it may download one. A fresh context and a page load cost about half the CPU of the full
 * browser's headless mode (docs/decisions/test-suite-speed.md, sixth round).
 */
export const HEADLESS_SHELL = "/usr/bin/chromium-headless-shell";
