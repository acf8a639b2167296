import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

/**
 * The look is defined once: colours come from the theme tokens (app/globals.css) through the UI
 * kit. A raw Tailwind palette class (bg-zinc-800, text-red-500, border-white/10 ...) anywhere in
 * components/ or app/ outside components/ui is a second definition that the themes and the
 * contrast check cannot see.
 */
const ROOT = join(__dirname, "..", "..");
const PALETTE = "slate|gray|zinc|neutral|stone|red|orange|amber|yellow|lime|green|emerald|teal|cyan|sky|blue|indigo|violet|purple|fuchsia|pink|rose|black|white";
const UTILITY = "bg|text|border|border-[trblxy]|ring|ring-offset|outline|fill|stroke|divide|placeholder|decoration|accent|caret|from|via|to|shadow|inset-shadow|drop-shadow";
const RAW_COLOUR = new RegExp(`(?<![\\w-])(?:[\\w-]+:)*(?:${UTILITY})-(?:${PALETTE})(?:-\\d{2,3})?(?:/\\d+)?(?![\\w-])`, "g");

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return files(path);
    return /\.(tsx?|css)$/.test(name) ? [path] : [];
  });
}

function rawColourClasses(source: string): string[] {
  return source.match(RAW_COLOUR) ?? [];
}

describe("raw colour classes", () => {
  it("the pattern catches palette classes with variants and opacity, and leaves tokens alone", () => {
    expect(rawColourClasses(`"bg-zinc-800 dark:hover:text-red-500 border-white/10 bg-black ring-blue-500/40"`)).toEqual([
      "bg-zinc-800",
      "dark:hover:text-red-500",
      "border-white/10",
      "bg-black",
      "ring-blue-500/40",
    ]);
    expect(rawColourClasses(`"bg-surface text-muted-fg border-line hover:bg-muted text-sm text-left shadow-md"`)).toEqual([]);
  });

  it("none in components/ or app/ outside components/ui", () => {
    const found = [...files(join(ROOT, "components")), ...files(join(ROOT, "app"))]
      .filter((f) => !relative(ROOT, f).startsWith(join("components", "ui")) && !f.endsWith(".test.ts") && !f.endsWith(".test.tsx"))
      .flatMap((f) => rawColourClasses(readFileSync(f, "utf8")).map((c) => `${relative(ROOT, f)}: ${c}`));
    expect(found).toEqual([]);
  });

  it("no plain <button> outside components/ui: buttons take their look from the kit", () => {
    const plain = /<button[\s>]/;
    expect(plain.test(`<button type="button" className="rounded">`)).toBe(true);
    expect(plain.test(`<Button variant="ghost">`)).toBe(false);
    const found = [...files(join(ROOT, "components")), ...files(join(ROOT, "app"))]
      .filter((f) => !relative(ROOT, f).startsWith(join("components", "ui")) && !f.endsWith(".test.ts") && !f.endsWith(".test.tsx"))
      .filter((f) => plain.test(readFileSync(f, "utf8")))
      .map((f) => relative(ROOT, f));
    expect(found).toEqual([]);
  });
});
