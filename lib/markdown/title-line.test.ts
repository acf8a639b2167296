import { describe, expect, it } from "vitest";
import { titleLine, titleText } from "./title-line";

describe("titleLine: markdown syntax out of a title", () => {
  it.each([
    ["# Plan for Q3", "Plan for Q3"],
    ["### Plan for Q3 ###", "Plan for Q3"],
    ["> why is the sky blue", "why is the sky blue"],
    ["> > - nested quote item", "nested quote item"],
    ["- item", "item"],
    ["* item", "item"],
    ["+ item", "item"],
    ["1. first step", "first step"],
    ["12) twelfth", "twelfth"],
    ["- [ ] buy milk", "buy milk"],
    ["- [x] done", "done"],
    ["**Fix** this", "Fix this"],
    ["__Fix the build__ now", "Fix the build now"],
    ["*it* is here", "it is here"],
    ["an _it_ here", "an it here"],
    ["***both*** at once", "both at once"],
    ["~~old~~ new plan", "old new plan"],
    ["**bold with *it* inside**", "bold with it inside"],
    ["\"**quoted**\", then more", '"quoted", then more'],
    ["`npm ci` fails", "npm ci fails"],
    ["``a `tick` inside`` code", "a `tick` inside code"],
    ["`**kwargs` in code keeps its stars", "**kwargs in code keeps its stars"],
    ["[docs](https://x) say so", "docs say so"],
    ['[docs](https://x "Title") say so', "docs say so"],
    ["see [Foo](https://en.wikipedia.org/wiki/Foo_(bar)) now", "see Foo now"],
    ["![a cat](cat.png) what breed", "a cat what breed"],
    ["[![badge](b.svg)](https://ci) is red", "badge is red"],
    ["[**bold link**](u) and [`code`](v)", "bold link and code"],
    ["<https://example.com/a_b_c> is down", "https://example.com/a_b_c is down"],
    ["# **Fix** the `build`", "Fix the build"],
    ["## 京都**旅行**计划", "京都旅行计划"],
    ["**重点**问题", "重点问题"],
    ["- 列表里的问题", "列表里的问题"],
    ["  # indented heading  ", "indented heading"],
  ])("%j → %j", (input, title) => {
    expect(titleLine(input)).toBe(title);
  });

  it.each([
    "__init__ is not called",
    "what does __main__.py do",
    "__DEV__ flag in React Native",
    "def f(*args, **kwargs)",
    "**kwargs and *args",
    "**kwargs",
    "snake_case_name",
    "my_var and _private_var",
    "a*b*c",
    "2*3*4",
    "2 * 3 * 4",
    "x * y * z = 0",
    "*.ts",
    "rm *.log *.tmp",
    "find *.ts or *.js*",
    "src/**/*.ts",
    "**/*.test.ts files",
    "#hashtag trends",
    "C# generics",
    "-5 degrees outside",
    ">= 5 items",
    "+1 for this",
    "2024 plans",
    "https://example.com/_private_/page",
    "C:\\Users\\me\\*.txt",
    "\\*not emphasis\\*",
    "a ` lone backtick",
    "[not a link] (x)",
    "[[scenario:no-reasoning]] [[title:Quicksort]] hi",
    "1.5 million",
    "关于长城历史的第一个问题",
    "Why is the sky blue?",
  ])("%j stays as written", (input) => {
    expect(titleLine(input)).toBe(input);
  });

  it("takes the first line that has words", () => {
    expect(titleLine("\n\n  Plan a trip\nto Kyoto")).toBe("Plan a trip");
    expect(titleLine("#\n---\n> \nReal question")).toBe("Real question");
    expect(titleLine("Setext heading\n===")).toBe("Setext heading");
  });

  it("a leading code fence gives its first code line, as written", () => {
    expect(titleLine("```python\n# not a heading\nprint(1)\n```")).toBe("# not a heading");
    expect(titleLine("```\n```\n**Why** does this fail?")).toBe("Why does this fail?");
    expect(titleLine("~~~\n  x = a*b*c\n~~~")).toBe("x = a*b*c");
  });

  it("collapses whitespace and returns nothing for a text without words", () => {
    expect(titleLine("  What is\tin   this?  ")).toBe("What is in this?");
    expect(titleLine("")).toBe("");
    expect(titleLine("```\n```")).toBe("");
    expect(titleLine("***")).toBe("");
  });

  it("does not confuse its placeholders with typed text", () => {
    expect(titleLine("\uE0000\uE001 and `code`")).toBe("\uE0000\uE001 and code");
  });
});

describe("titleText: every line, joined", () => {
  it("joins the lines with words as plain text", () => {
    expect(titleText("# Plan\n\n- **one**\n- two\n```\ncode_line()\n```")).toBe("Plan one two code_line()");
  });
});
