import { describe, expect, it } from "vitest";
import { linkRefs } from "./ref-links";

const sources = [
  { index: 1, title: "A", link: "https://a.example/page_(1)" },
  { index: 2, title: "Evil", link: "javascript:alert(1)" },
];

describe("linkRefs", () => {
  it("links [ref_N] to source N, http(s) only, and leaves code alone", () => {
    const out = linkRefs("Fact [ref_1]. Other [ref_2]. Missing [ref_9]. `x[ref_1]`\n```\n[ref_1]\n```", sources);
    expect(out).toContain('Fact [[1]](https://a.example/page_%281%29 "Source 1")');
    expect(out).toContain("Other [ref_2].");
    expect(out).toContain("Missing [ref_9].");
    expect(out).toContain("`x[ref_1]`");
    expect(out).toContain("```\n[ref_1]\n```");
  });

  it("returns the text unchanged without sources", () => {
    expect(linkRefs("a [ref_1]", undefined)).toBe("a [ref_1]");
  });
});
