import { describe, expect, it } from "vitest";
import { longMarkdown } from "@/lib/demo/long-markdown";
import { richAnswer } from "@/lib/demo/rich-answers";
import { createBlockPreparer, prepareBlocks, stableCut } from "./prepare";

/** Feeds every prefix (in steps) to one preparer, as a stream would, and compares with the full pipeline. */
function checkStream(text: string, step: number) {
  const prepare = createBlockPreparer();
  for (let i = 1; i <= text.length; i += step) {
    const prefix = text.slice(0, i);
    expect(prepare(prefix, true), `at ${i}`).toEqual(prepareBlocks(prefix, true));
  }
  expect(prepare(text, false)).toEqual(prepareBlocks(text, false));
}

describe("createBlockPreparer", () => {
  it("matches the full pipeline on every prefix of the long benchmark answer", () => {
    checkStream(longMarkdown(), 97);
  });

  it("matches on tricky constructs: fences with blank lines, math, lists, LaTeX display", () => {
    const text = [
      "Intro para.", "", "```py", "a = 1", "", "Not a block", "```", "", "After code.", "",
      "$$", "x", "", "Still math", "$$", "", "Next para.", "", "\\[", "y", "", "Inside latex", "\\]", "",
      "- item", "", "Para after list", "", "    indented code", "", "# Heading", "", "Last line.",
    ].join("\n");
    checkStream(text, 1);
  });

  it("matches with footnotes, link definitions and raw HTML documents (no caching)", () => {
    for (const name of ["markdown-rich", "html-page", "xss"]) checkStream(richAnswer(name)!.content, 7);
  });

  it("reuses the same block strings for the unchanged prefix", () => {
    const prepare = createBlockPreparer();
    const a = prepare("First para.\n\nSecond para.\n\nThird", true);
    const b = prepare("First para.\n\nSecond para.\n\nThird and more", true);
    expect(b[0]).toBe(a[0]);
    expect(b[1]).toBe(a[1]);
    expect(b[2]).toBe("Third and more");
  });

  it("starts over when the text is replaced", () => {
    const prepare = createBlockPreparer();
    prepare("Old para.\n\nOld second.\n\nx", true);
    expect(prepare("New para.\n\nNew", true)).toEqual(["New para.", "New"]);
  });
});

describe("stableCut", () => {
  it("cuts before the last paragraph after a blank line, never inside code", () => {
    expect(stableCut("a\n\nb")).toBe(3);
    expect(stableCut("a\n\n```\n\nb")).toBe(0);
    expect(stableCut("a\n\n- item\n\n  more")).toBe(0);
  });
});
