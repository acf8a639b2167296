import { describe, expect, it } from "vitest";
import { cn } from "./cn";
import { matchesQuery } from "./filter";

describe("matchesQuery", () => {
  it("matches every term at the start of a word, in any case and order", () => {
    expect(matchesQuery("GLM-4.6V Flash vision free", "flash VIS")).toBe(true);
    expect(matchesQuery("GLM-4.6V Flash vision free", "free 4.6v")).toBe(true);
    expect(matchesQuery("GLM-4.6V Flash vision free", "4.6")).toBe(true);
    expect(matchesQuery("GLM-4.6 text", "vision")).toBe(false);
    // "text" names the text models; every model's "context" is not a match for it.
    expect(matchesQuery("GLM-4.5V vision images context 64K", "text")).toBe(false);
    expect(matchesQuery("GLM-4.6 text context 200K", "text")).toBe(true);
  });
  it("matches a Chinese term anywhere", () => {
    expect(matchesQuery("GLM-4.5V 视觉 免费", "觉")).toBe(true);
    expect(matchesQuery("GLM-4.6 文本", "视觉")).toBe(false);
  });
  it("an empty or blank query matches everything", () => {
    expect(matchesQuery("anything", "")).toBe(true);
    expect(matchesQuery("anything", "   ")).toBe(true);
  });
});

describe("cn", () => {
  it("joins conditional classes and drops falsy ones", () => {
    const off = (n: number) => n > 1 && "b";
    expect(cn("a", off(0), undefined, ["c", { d: true, e: false }])).toBe("a c d");
  });
  it("lets a later Tailwind class win over an earlier one of the same property", () => {
    expect(cn("px-3 py-1 bg-muted", "px-2 bg-primary")).toBe("py-1 px-2 bg-primary");
  });
  it("knows the theme tokens are colours, not sizes", () => {
    expect(cn("text-sm text-muted-fg", "text-fg")).toBe("text-sm text-fg");
  });
});
