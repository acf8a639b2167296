import { existsSync } from "node:fs";
import { FULL_CHROMIUM, HEADLESS_SHELL } from "./browser-paths.mjs";

export { FULL_CHROMIUM, HEADLESS_SHELL };

/** The browser the e2e suite runs in: CHROMIUM_PATH if set, else the headless shell if installed. */
export function e2eBrowserPath(env: Record<string, string | undefined> = process.env, exists: (path: string) => boolean = existsSync): string {
  return env.CHROMIUM_PATH ?? (exists(HEADLESS_SHELL) ? HEADLESS_SHELL : FULL_CHROMIUM);
}
