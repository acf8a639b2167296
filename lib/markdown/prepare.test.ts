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

describe("prepareBlocks", () => {
  it("keeps prices as text and math as math", () => {
    expect(prepareBlocks("Lunch is $5 and dinner $10 today, so $x^2$ dollars.", false)).toEqual(["Lunch is \\$5 and dinner \\$10 today, so $x^2$ dollars."]);
  });
});

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

describe("long tables", () => {
  const table = (n: number) => ["| a | b |", "|---|---|", ...Array.from({ length: n }, (_, i) => `| ${i} | v${i} |`)].join("\n");

  it("are cut into chunks that repeat the header and are recognised as continuations", async () => {
    const { TABLE_CHUNK_ROWS, isTableContinuation } = await import("./tables");
    const blocks = prepareBlocks(`intro\n\n${table(TABLE_CHUNK_ROWS * 2 + 3)}\n\nafter`, false);
    expect(blocks).toHaveLength(5);
    expect(blocks[1].split("\n")).toHaveLength(TABLE_CHUNK_ROWS + 2);
    expect(blocks[3]).toBe(`| a | b |\n|---|---|\n| ${TABLE_CHUNK_ROWS * 2} | v${TABLE_CHUNK_ROWS * 2} |\n| 101 | v101 |\n| 102 | v102 |`);
    expect([1, 2, 3].map((i) => isTableContinuation(blocks[i - 1], blocks[i]))).toEqual([false, true, true]);
    expect(isTableContinuation(blocks[3], blocks[4])).toBe(false);
  });

  it("keep a short table whole and never chunk code", () => {
    expect(prepareBlocks(table(10), false)).toHaveLength(1);
    expect(prepareBlocks("```\n" + table(200) + "\n```", false)).toHaveLength(1);
  });

  it("stream incrementally to the same chunks", () => {
    checkStream(`Intro.\n\n${table(180)}\n\nEnd.`, 41);
  });
});
