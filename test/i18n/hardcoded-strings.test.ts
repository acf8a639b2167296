import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { findHardcodedStrings } from "./scan-jsx";

const ROOT = join(import.meta.dirname, "../..");

function tsxFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return tsxFiles(path);
    return entry.name.endsWith(".tsx") && !entry.name.endsWith(".test.tsx") ? [path] : [];
  });
}


describe("the hard-coded string scanner", () => {
  it("finds English in JSX text, text attributes and chosen literals", () => {
    const source = `export const A = ({ busy }) => (
      <div title="Open the file" data-testid="x">
        Hello there
        <button aria-label={busy ? "Stop" : t("send")} placeholder={\`Ask \${name}\`}>{busy ? "Sending…" : label}</button>
        <img alt="A red circle" />
      </div>
    );`;
    expect(findHardcodedStrings(source).map((f) => f.text)).toEqual(["Open the file", "Hello there", "Stop", "Ask", "Sending…", "A red circle"]);
  });

  it("lets through translations, punctuation, test ids, class names and the brand", () => {
    const source = `export const B = () => (
      <p className="text-sm font-medium" data-testid="brand" title={t("x")}>
        {t("hello")} · {count} / {total} — <b>GLM Chat</b> GLM-4.5V
      </p>
    );`;
    expect(findHardcodedStrings(source)).toEqual([]);
  });
});

describe("components and pages", () => {
  it("take every user-visible string from the message catalogue", () => {
    const found = [...tsxFiles(join(ROOT, "components")), ...tsxFiles(join(ROOT, "app"))]
      .map((file) => relative(ROOT, file))
      .flatMap((file) => findHardcodedStrings(readFileSync(join(ROOT, file), "utf8"), file).map((f) => `${file}:${f.line} ${f.where}: ${f.text}`));
    expect(found).toEqual([]);
  });
});
