import { describe, expect, it } from "vitest";
import { markdownAsPlainText } from "./plain-text";

describe("markdown as plain text (before the parser arrives)", () => {
  it("keeps the words and drops the markup punctuation", () => {
    const md = "# Heading one\n## Two\nA paragraph with **bold**, __strong__, ~~gone~~ and `code`.\n> quoted";
    expect(markdownAsPlainText(md)).toBe("Heading one\nTwo\nA paragraph with bold, strong, gone and code.\nquoted");
  });
  it("drops fence and display-math delimiter lines but keeps their contents", () => {
    const md = "```python\nprint(1)\n```\n$$\nx^2\n$$\nInline $$y$$ too";
    expect(markdownAsPlainText(md)).toBe("print(1)\nx^2\nInline y too");
  });
  it("a half-written stream shows no marker at all", () => {
    for (const md of ["A paragraph with **bo", "~~str", "```ts\nconst a", "$$\\frac{1"]) {
      expect(markdownAsPlainText(md)).not.toMatch(/\*\*|~~|```|\$\$/);
    }
  });
});
