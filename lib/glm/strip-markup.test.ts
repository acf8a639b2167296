import { describe, expect, it } from "vitest";
import { stripMarkup } from "./strip-markup";

describe("stripMarkup", () => {
  it("removes box tokens but keeps their contents", () => {
    expect(stripMarkup("The answer is <|begin_of_box|>42<|end_of_box|>.")).toBe("The answer is 42.");
  });

  it("drops think blocks, the answer wrapper, special tokens and raw tool calls", () => {
    expect(stripMarkup("<think>hmm</think><answer>cat</answer>")).toBe("cat");
    expect(stripMarkup("Hi<|user|> there<|endoftext|>")).toBe("Hi there");
    expect(stripMarkup("Checking.<tool_call>f\n<arg_key>a</arg_key><arg_value>1</arg_value></tool_call> Done")).toBe("Checking. Done");
  });

  it("leaves ordinary text and HTML-looking text alone", () => {
    expect(stripMarkup("a < b and <div>x</div>")).toBe("a < b and <div>x</div>");
  });
});
