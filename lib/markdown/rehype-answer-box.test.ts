import { describe, expect, it } from "vitest";
import { BOX_CLOSE_MARK as C, BOX_OPEN_MARK as O } from "@/lib/glm/answer-tokens";
import { boxOpenAfter } from "./rehype-answer-box";

describe("boxOpenAfter", () => {
  it("keeps the state through a block without marks", () => {
    expect(boxOpenAfter("plain text", false)).toBe(false);
    expect(boxOpenAfter("plain text", true)).toBe(true);
  });

  it("is decided by the last mark in the block", () => {
    expect(boxOpenAfter(`a ${O}b`, false)).toBe(true);
    expect(boxOpenAfter(`a ${C} b`, true)).toBe(false);
    expect(boxOpenAfter(`${O}x${C} then ${O}y`, false)).toBe(true);
    expect(boxOpenAfter(`${O}x${C}`, false)).toBe(false);
    expect(boxOpenAfter(`${C}x${O}y${C}`, true)).toBe(false);
  });
});
