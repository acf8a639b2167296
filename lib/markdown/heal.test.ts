import { describe, expect, it } from "vitest";
import { healInline, healMarkdown } from "./heal";

describe("healMarkdown", () => {
  it.each([
    ["some **bold", "some **bold**"],
    ["some *it", "some *it*"],
    ["some __strong", "some __strong__"],
    ["some ~~gone", "some ~~gone~~"],
    ["call `foo(", "call `foo(`"],
    ["**bold and *both", "**bold and *both***"],
    ["***both", "***both***"],
    ["**bold `code", "**bold `code`**"],
    ["text **", "text"],
    ["text `", "text"],
    ["x $$a+b", "x $$a+b$$"],
  ])("heals %j", (input, expected) => {
    expect(healMarkdown(input)).toBe(expected);
  });

  it.each([
    "a **closed** b",
    "2 * 3 = 6",
    "snake_case_name here",
    "* list item",
    "- [ ] task",
    "cost $5 and $10",
    "math $a*b$ fine",
    "`a*b` fine",
    "escaped \\*star",
  ])("leaves complete text alone: %j", (input) => {
    expect(healMarkdown(input)).toBe(input);
  });

  it("closes an open code fence with the same fence", () => {
    expect(healMarkdown("```py\nprint(1)")).toBe("```py\nprint(1)\n```");
    expect(healMarkdown("````md\n```\ninner")).toBe("````md\n```\ninner\n````");
    expect(healMarkdown("~~~\nx")).toBe("~~~\nx\n~~~");
  });

  it("drops a closing fence being typed", () => {
    expect(healMarkdown("```js\nx\n``")).toBe("```js\nx\n```");
  });

  it("drops an opening fence being typed", () => {
    expect(healMarkdown("text\n``")).toBe("text");
  });

  it("closes open display math", () => {
    expect(healMarkdown("$$\nx^2")).toBe("$$\nx^2\n$$");
  });

  it("shows an incomplete link as its text", () => {
    expect(healMarkdown("see [the docs](https://exa")).toBe("see the docs");
    expect(healMarkdown("see [the do")).toBe("see the do");
  });

  it("hides an incomplete image", () => {
    expect(healMarkdown("pic ![alt](https://x")).toBe("pic");
    expect(healMarkdown("pic ![al")).toBe("pic");
  });

  it("keeps a task list box being typed", () => {
    expect(healMarkdown("- [")).toBe("- [");
  });

  it("holds back a table until its delimiter row is complete", () => {
    expect(healMarkdown("Intro\n| a | b |")).toBe("Intro");
    expect(healMarkdown("| a | b |\n|---|-")).toBe("");
    expect(healMarkdown("| a | b |\n|---|---|")).toBe("| a | b |\n|---|---|");
  });

  it("keeps rows of an established table and heals a half row", () => {
    expect(healMarkdown("| a | b |\n|---|---|\n| 1 | **tw")).toBe("| a | b |\n|---|---|\n| 1 | **tw**");
  });

  it("handles 50,000 asterisks in linear time", () => {
    const out = healInline("a" + "*".repeat(50_000) + "b");
    expect(out.length).toBeLessThan(50_010);
  });
});
