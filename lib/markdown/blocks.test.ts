import { describe, expect, it } from "vitest";
import { splitBlocks } from "./blocks";

describe("splitBlocks", () => {
  it("splits paragraphs at blank lines", () => {
    expect(splitBlocks("# Title\n\npara one\nline two\n\n\npara two")).toEqual([
      "# Title",
      "para one\nline two",
      "para two",
    ]);
  });

  it("keeps blank lines inside fenced code and display math", () => {
    const code = "```py\na = 1\n\n\nb = 2\n```";
    const math = "$$\nx\n\ny\n$$";
    expect(splitBlocks(`intro\n\n${code}\n\n${math}\n\nend`)).toEqual(["intro", code, math, "end"]);
  });

  it("keeps a loose list and indented continuations together", () => {
    const list = "1. one\n\n2. two\n\n   more of two\n\n3. three";
    expect(splitBlocks(`${list}\n\nafter`)).toEqual([list, "after"]);
  });

  it("merges footnote references with their definitions", () => {
    const blocks = splitBlocks("intro\n\nA claim[^1].\n\nmiddle\n\n[^1]: The source.");
    expect(blocks).toHaveLength(2);
    expect(blocks[1]).toContain("A claim[^1]");
    expect(blocks[1]).toContain("[^1]: The source.");
  });

  it("copies link definitions into blocks that may use them", () => {
    const blocks = splitBlocks("see [docs][d]\n\nplain\n\n[d]: https://example.com");
    expect(blocks[0]).toContain("[d]: https://example.com");
    expect(blocks[1]).toBe("plain");
  });

  it("keeps completed blocks identical as text grows", () => {
    const a = splitBlocks("p1\n\np2\n\np3 grow");
    const b = splitBlocks("p1\n\np2\n\np3 growing more");
    expect(b.slice(0, 2)).toEqual(a.slice(0, 2));
  });
});
