import { describe, expect, it } from "vitest";
import { cutTitle } from "./cut-title";

describe("cutTitle", () => {
  it("keeps a title that fits", () => {
    expect(cutTitle("Trip to Kyoto")).toBe("Trip to Kyoto");
    expect(cutTitle("x".repeat(60))).toBe("x".repeat(60));
  });

  it("cuts a long one at the last word that fits, and says so", () => {
    expect(cutTitle("alpha beta gamma delta", 12)).toBe("alpha beta…");
    expect(Array.from(cutTitle("word ".repeat(40))).length).toBeLessThanOrEqual(60);
  });

  it("cuts mid-word only when the last space would lose more than half (or there is none)", () => {
    expect(cutTitle("a bcdefghijklmnop", 10)).toBe("a bcdefgh…");
    expect(cutTitle("京都旅行计划与预算安排", 6)).toBe("京都旅行计…");
    // Chinese after the last space is cut by character, not dropped whole.
    expect(cutTitle("[[scenario:no-reasoning]] [[prompt-tokens:60000]] 关于长城历史的第一个问题")).toBe(
      "[[scenario:no-reasoning]] [[prompt-tokens:60000]] 关于长城历史的第一…",
    );
  });

  it("never splits an emoji", () => {
    expect(cutTitle("😀".repeat(8), 5)).toBe(`${"😀".repeat(4)}…`);
  });
});
