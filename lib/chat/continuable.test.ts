import { describe, expect, it } from "vitest";
import { canContinue } from "./continuable";

const answer = { role: "assistant" as const, content: "Half of it", status: "done" as const, finishReason: "stop" as const };

describe("which answers can Continue", () => {
  it("one cut by the token cap or by the model failing mid-way", () => {
    expect(canContinue({ ...answer, finishReason: "length" })).toBe(true);
    expect(canContinue({ ...answer, finishReason: "budget" })).toBe(true);
    expect(canContinue({ ...answer, finishReason: "network_error" })).toBe(true);
  });

  it("one the user stopped after some text, which goes on from where it stopped", () => {
    expect(canContinue({ ...answer, finishReason: "aborted" })).toBe(true);
    expect(canContinue({ ...answer, content: "", finishReason: "aborted" })).toBe(false);
  });

  it("one whose connection dropped or whose provider went away after some text", () => {
    expect(canContinue({ ...answer, status: "error", finishReason: undefined, error: { code: "stream_interrupted", message: "dropped" } })).toBe(true);
    expect(canContinue({ ...answer, status: "error", finishReason: undefined, error: { code: "upstream_timeout", message: "slow" } })).toBe(true);
  });

  it("not a finished answer, an empty one, a question, or one refused for its content", () => {
    expect(canContinue(answer)).toBe(false);
    expect(canContinue({ ...answer, content: "  ", finishReason: "network_error" })).toBe(false);
    expect(canContinue({ ...answer, role: "user", finishReason: "length" })).toBe(false);
    expect(canContinue({ ...answer, finishReason: "sensitive" })).toBe(false);
    expect(canContinue({ ...answer, status: "error", error: { code: "upstream_content_filter", message: "blocked" } })).toBe(false);
  });

  it("not an interrupted answer: its badge offers Continue already", () => {
    expect(canContinue({ ...answer, status: "interrupted", finishReason: undefined })).toBe(false);
  });
});
