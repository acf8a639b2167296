import { twMerge } from "tailwind-merge";
import { describe, expect, it } from "vitest";
import { cn } from "./cn";
import { FIRST_SCREEN_MERGES } from "./cn-first-screen";

describe("cn's table of first-screen merges", () => {
  it("holds twMerge's own result for every entry", () => {
    expect(FIRST_SCREEN_MERGES.length).toBeGreaterThan(0);
    for (const [input, output = input] of FIRST_SCREEN_MERGES) expect(output, input).toBe(twMerge(input));
  });
  it("lists each string once, as clsx joins it (single spaces, no ends)", () => {
    const inputs = FIRST_SCREEN_MERGES.map(([input]) => input);
    expect(new Set(inputs).size).toBe(inputs.length);
    for (const input of inputs) expect(input).toMatch(/^\S+( \S+)*$/);
  });
  it("gives the same result for a tabled string as for any other", () => {
    for (const [input, output = input] of FIRST_SCREEN_MERGES) {
      const [first, ...rest] = input.split(" ");
      expect(cn(first, rest.join(" "))).toBe(output);
    }
    // Not in the table: merged by tailwind-merge.
    expect(cn("p-2 p-3", undefined)).toBe("p-3");
  });
});
