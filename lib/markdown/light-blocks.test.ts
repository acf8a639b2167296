import { describe, expect, it } from "vitest";
import { lightBlocks } from "./light-blocks";

describe("lightBlocks", () => {
  it("keeps fenced code as code with its language, and strips markup from the prose", () => {
    const text = "# Plan\n\nUse **this**:\n\n```ts title=x\nconst a = 1;\n\nconst b = `x`;\n```\nDone ~~now~~.";
    expect(lightBlocks(text)).toEqual([
      { kind: "text", text: "Plan\n\nUse this:" },
      { kind: "code", language: "ts", text: "const a = 1;\n\nconst b = `x`;" },
      { kind: "text", text: "Done now." },
    ]);
  });

  it("shows a fence left open (a cut-off answer) as code to the end, and tilde fences too", () => {
    expect(lightBlocks("~~~\nraw ```\n~~~\nthen\n```py\nprint(1)")).toEqual([
      { kind: "code", language: "", text: "raw ```" },
      { kind: "text", text: "then" },
      { kind: "code", language: "py", text: "print(1)" },
    ]);
  });
});
