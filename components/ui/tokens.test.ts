import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

/** WCAG 2 contrast of the theme tokens (app/globals.css), for every text/background pair the kit uses. */
const css = readFileSync(join(__dirname, "..", "..", "app", "globals.css"), "utf8");

function theme(selector: ":root" | ".dark"): Record<string, string> {
  const block = new RegExp(`^${selector.replace(".", "\\.")} \\{([^}]*)\\}`, "m").exec(css)?.[1] ?? "";
  return Object.fromEntries([...block.matchAll(/--([\w-]+):\s*(#[0-9a-f]{6});/gi)].map((m) => [m[1], m[2]]));
}

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

// [text, background]: every pairing a component or the kit renders.
const TEXT_PAIRS: [string, string][] = [
  ...["bg", "surface", "subtle", "muted", "muted-strong"].flatMap((bg): [string, string][] => [["fg", bg], ["muted-fg", bg]]),
  ["link", "bg"], ["link", "surface"], ["link", "info-soft"], ["fg", "info-soft"],
  ["on-primary", "primary"], ["on-primary", "primary-hover"],
  ["on-danger", "danger"], ["on-danger", "danger-hover"],
  ["danger-fg", "bg"], ["danger-fg", "surface"], ["danger-fg", "danger-soft"],
  ["warning-fg", "warning-soft"], ["success-fg", "success-soft"], ["success-fg", "surface"],
  ["on-inverse", "inverse"], ["inverse-link", "inverse"],
  ["on-highlight", "highlight"], ["on-mark", "mark"], ["on-scrim", "scrim"],
];

describe.each([":root", ".dark"] as const)("theme %s", (selector) => {
  const t = theme(selector);
  it("defines every token as #rrggbb", () => {
    for (const [fg, bg] of TEXT_PAIRS) {
      expect(t[fg], fg).toMatch(/^#[0-9a-f]{6}$/i);
      expect(t[bg], bg).toMatch(/^#[0-9a-f]{6}$/i);
    }
  });
  it.each(TEXT_PAIRS)("%s on %s reaches 4.5:1", (fg, bg) => {
    expect(contrast(t[fg], t[bg])).toBeGreaterThanOrEqual(4.5);
  });
  it("focus ring and input borders stand out from the page (3:1, WCAG 1.4.11)", () => {
    expect(contrast(t.ring, t.bg)).toBeGreaterThanOrEqual(3);
    expect(contrast(t["line-strong"], t.bg)).toBeGreaterThanOrEqual(3);
  });
});
