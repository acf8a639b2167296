import { describe, expect, it } from "vitest";
import {
  MAX_DELIMITER_RUNS,
  MAX_MARKDOWN_BLOCK,
  MAX_NESTING,
  isTooComplex,
  limitDelimiters,
  limitNesting,
  normaliseMathDelimiters,
  wrapRawHtml,
} from "./preprocess";

describe("wrapRawHtml", () => {
  it("wraps an unfenced HTML document in an html code block", () => {
    const html = "<!DOCTYPE html>\n<html>\n<body>hi</body>\n</html>";
    expect(wrapRawHtml(`Here you go:\n${html}\nEnjoy`)).toBe(`Here you go:\n\`\`\`html\n${html}\n\`\`\`\nEnjoy`);
  });
  it("wraps an unclosed document to the end while streaming", () => {
    expect(wrapRawHtml("<html>\n<body>")).toBe("```html\n<html>\n<body>\n```");
  });
  it("uses a fence longer than backtick runs inside", () => {
    expect(wrapRawHtml("<html>````</html>")).toBe("`````html\n<html>````</html>\n`````");
  });
  it("leaves fenced HTML alone", () => {
    const text = "```html\n<!doctype html>\n<html></html>\n```";
    expect(wrapRawHtml(text)).toBe(text);
  });
});

describe("normaliseMathDelimiters", () => {
  it("converts inline and display delimiters", () => {
    expect(normaliseMathDelimiters("area \\(\\pi r^2\\) ok")).toBe("area $\\pi r^2$ ok");
    expect(normaliseMathDelimiters("\\[\nE=mc^2\n\\]")).toBe("$$\nE=mc^2\n$$");
    expect(normaliseMathDelimiters("\\[ E=mc^2 \\]")).toBe("$$\nE=mc^2\n$$");
  });
  it("keeps code and LaTeX line breaks", () => {
    expect(normaliseMathDelimiters("`\\(x\\)`")).toBe("`\\(x\\)`");
    expect(normaliseMathDelimiters("```\n\\[x\\]\n```")).toBe("```\n\\[x\\]\n```");
    expect(normaliseMathDelimiters("a \\\\[2pt] b")).toBe("a \\\\[2pt] b");
  });
});

describe("limitNesting", () => {
  it("caps block quote depth", () => {
    const out = limitNesting(">".repeat(10_000) + " deep");
    expect(out.split(">").length - 1).toBe(MAX_NESTING);
    expect(out.endsWith("deep")).toBe(true);
  });
  it("caps list depth on one line", () => {
    const out = limitNesting("- ".repeat(10_000) + "x");
    expect((out.match(/-/g) ?? []).length).toBe(MAX_NESTING);
  });
  it("caps indentation", () => {
    const out = limitNesting(" ".repeat(5000) + "- x");
    expect(out.length).toBeLessThan(100);
  });
  it("leaves code and normal text alone", () => {
    const text = "> quote\n- a\n  - b\n```\n" + " ".repeat(200) + "code\n```";
    expect(limitNesting(text)).toBe(text);
  });
});

describe("delimiter limits", () => {
  it("escapes runs longer than three outside code", () => {
    expect(limitDelimiters("a ***** b `*****`")).toBe("a \\*\\*\\*\\*\\* b `*****`");
    expect(limitDelimiters("**bold** and ***both***")).toBe("**bold** and ***both***");
    expect(limitDelimiters("*****")).toBe("*****");
  });
  it("flags huge or delimiter-dense blocks", () => {
    expect(isTooComplex("*a ".repeat(MAX_DELIMITER_RUNS + 1))).toBe(true);
    expect(isTooComplex("x".repeat(MAX_MARKDOWN_BLOCK + 1))).toBe(true);
    expect(isTooComplex("```\n" + "x\n".repeat(MAX_MARKDOWN_BLOCK))).toBe(false);
    expect(isTooComplex("**a** b *c*")).toBe(false);
  });
});
