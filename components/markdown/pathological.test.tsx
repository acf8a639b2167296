import { renderToString } from "react-dom/server";
import { withIntl } from "@/test/intl";
import { describe, expect, it } from "vitest";
import { MAX_NESTING } from "@/lib/markdown/preprocess";
import { TABLE_CHUNK_ROWS } from "@/lib/markdown/tables";
import { Markdown } from "./markdown";

const count = (html: string, tag: string) => html.split(`<${tag}`).length - 1;
const render = (text: string, streaming = false) => renderToString(withIntl(<Markdown text={text} streaming={streaming} />));

// Generous per-test timeouts: these guard against hangs (minutes), not speed, on a shared machine.
describe("pathological input renders with bounded output", { timeout: 60_000 }, () => {
  it("10,000 nested block quotes", () => {
    const html = render(">".repeat(10_000) + " deep");
    expect(count(html, "blockquote")).toBeLessThanOrEqual(MAX_NESTING);
    expect(html).toContain("deep");
  });

  it("10,000 nested list markers on one line", () => {
    const html = render("- ".repeat(10_000) + "x", true);
    expect(count(html, "ul")).toBeLessThanOrEqual(MAX_NESTING);
  });

  it("2,000 indented list levels", () => {
    const lines = Array.from({ length: 2000 }, (_, i) => `${"  ".repeat(i)}- item ${i}`);
    const html = render(lines.join("\n"));
    expect(count(html, "ul")).toBeLessThanOrEqual(64);
    expect(html).toContain("item 1999");
  });

  it("a 1 MB single line", () => {
    const line = "word **bold** `code` [l](https://e.com) ".repeat(25_000).slice(0, 1_000_000);
    const html = render(line, true);
    expect(html).toContain('data-plain-block="true"');
    expect(html.length).toBeGreaterThan(500_000);
    expect(html.length).toBeLessThan(10_000_000);
  });

  it.each([
    ["50,000 asterisks alone", "*".repeat(50_000)],
    ["50,000 asterisks around a word", "*".repeat(25_000) + "a" + "*".repeat(25_000)],
    ["50,000 alternating emphasis openers", "*a ".repeat(50_000)],
    ["50,000 asterisks inside text", "x" + "*".repeat(50_000) + "y"],
  ])("%s", (_, text) => {
    const html = render(text, true);
    expect(count(html, "em") + count(html, "strong")).toBeLessThanOrEqual(2 * MAX_NESTING + 50_000);
    expect(html.length).toBeLessThan(2_000_000);
  });

  it("a 5,000-row table", () => {
    const rows = Array.from({ length: 5000 }, (_, i) => `| ${i} | value ${i} |`);
    const html = render(["| n | v |", "|---|---|", ...rows].join("\n"), true);
    // Rendered in chunks, each repeating the (hidden) header row.
    expect(count(html, "tr")).toBe(5000 + 5000 / TABLE_CHUNK_ROWS);
    expect(html.split("md-table-continued").length - 1).toBe(5000 / TABLE_CHUNK_ROWS - 1);
  });

  it("10,000 nested brackets and parentheses", () => {
    const html = render("[".repeat(10_000) + "x" + "](".repeat(10_000) + ")".repeat(10_000), true);
    expect(html.length).toBeLessThan(1_000_000);
    expect(html).toContain('data-plain-block="true"');
  });
});
