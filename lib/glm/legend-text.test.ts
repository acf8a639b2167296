import { describe, expect, it } from "vitest";
import { legendText } from "./legend-text";

describe("legendText", () => {
  it("shows the numbers of a box or point without the markup around them", () => {
    expect(legendText("<bbox>50 60 70 80</bbox>")).toBe("[50, 60, 70, 80]");
    expect(legendText("<|begin_of_box|>[[100,333,300,667]]<|end_of_box|>")).toBe("[100, 333, 300, 667]");
    expect(legendText('"bbox_2d": [1, 2, 3, 4]')).toBe("[1, 2, 3, 4]");
    expect(legendText("<point>12.5 40</point>")).toBe("[12.5, 40]");
  });

  it("leaves text without numbers as it is, trimmed", () => {
    expect(legendText(" click(here) ")).toBe("click(here)");
  });
});
