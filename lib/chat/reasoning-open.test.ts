import { describe, expect, it } from "vitest";
import { reasoningOpenByDefault } from "./reasoning-open";

const trace = "Considering the question.";

describe("a reasoning trace's open state before the user chooses", () => {
  it("is open while the model thinks and folded once answer text streams", () => {
    expect(reasoningOpenByDefault({ status: "streaming", content: "", reasoning: trace })).toBe(true);
    expect(reasoningOpenByDefault({ status: "streaming", content: "The answer", reasoning: trace })).toBe(false);
  });

  it("is folded for an ended answer with text, however it ended", () => {
    for (const status of ["done", "interrupted", "error"] as const) {
      expect(reasoningOpenByDefault({ status, content: "The answer", reasoning: trace })).toBe(false);
    }
  });

  it("stays open for an answer that ended with only its trace, however it ended (also as stored, after a reload)", () => {
    for (const status of ["done", "interrupted", "error"] as const) {
      expect(reasoningOpenByDefault({ status, content: "", reasoning: trace })).toBe(true);
      expect(reasoningOpenByDefault({ status, content: " \n", reasoning: trace })).toBe(true);
    }
    // Older saves carry no status.
    expect(reasoningOpenByDefault({ content: "", reasoning: trace })).toBe(true);
  });

  it("is folded when something besides the trace arrived or the trace is blank", () => {
    const toolCalls = [{ id: "call_1", name: "get_weather", arguments: "{}" }];
    expect(reasoningOpenByDefault({ status: "done", content: "", reasoning: trace, toolCalls })).toBe(false);
    expect(reasoningOpenByDefault({ status: "error", content: "", reasoning: " " })).toBe(false);
  });
});
