import { describe, expect, it } from "vitest";
import { cleanMessageText } from "./clean-text";

describe("cleanMessageText", () => {
  it("strips GLM box tokens and a dangling partial token", () => {
    expect(cleanMessageText("The answer is <|begin_of_box|>42<|end_of_box|>.")).toBe("The answer is 42.");
    expect(cleanMessageText("Partial <|end_of")).toBe("Partial ");
    expect(cleanMessageText("plain <b>html</b>")).toBe("plain <b>html</b>");
  });
});
