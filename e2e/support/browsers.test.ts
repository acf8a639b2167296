import { describe, expect, it } from "vitest";
import { e2eBrowserPath, FULL_CHROMIUM, HEADLESS_SHELL } from "./browsers";

describe("e2eBrowserPath", () => {
  it("takes CHROMIUM_PATH over anything installed", () => {
    expect(e2eBrowserPath({ CHROMIUM_PATH: "/opt/chrome" }, () => true)).toBe("/opt/chrome");
  });
  it("takes the headless shell when it is installed", () => {
    expect(e2eBrowserPath({}, (path) => path === HEADLESS_SHELL)).toBe(HEADLESS_SHELL);
  });
  it("falls back to the full browser without the shell", () => {
    expect(e2eBrowserPath({}, () => false)).toBe(FULL_CHROMIUM);
  });
});
