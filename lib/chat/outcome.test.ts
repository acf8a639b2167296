import { describe, expect, it } from "vitest";
import { answeredInReasoningOnly, finishNotice } from "./outcome";

const onlyTrace = { status: "done" as const, finishReason: "stop" as const, content: "", reasoning: "Hello there. All done." };

describe("an answer given only in its reasoning", () => {
  it("is one that ended cleanly with a trace and no answer text", () => {
    expect(answeredInReasoningOnly(onlyTrace)).toBe(true);
    expect(answeredInReasoningOnly({ ...onlyTrace, content: " \n" })).toBe(true);
  });

  it("is not one with an answer, without a trace, still streaming, cut, stopped or calling a tool", () => {
    expect(answeredInReasoningOnly({ ...onlyTrace, content: "Hi." })).toBe(false);
    expect(answeredInReasoningOnly({ ...onlyTrace, reasoning: undefined })).toBe(false);
    expect(answeredInReasoningOnly({ ...onlyTrace, status: "streaming" })).toBe(false);
    // The token cap and Stop have their own notes.
    expect(answeredInReasoningOnly({ ...onlyTrace, finishReason: "length" })).toBe(false);
    expect(answeredInReasoningOnly({ ...onlyTrace, finishReason: "aborted" })).toBe(false);
    expect(answeredInReasoningOnly({ ...onlyTrace, finishReason: "tool_calls", toolCalls: [{ id: "c", name: "f", arguments: "{}" }] })).toBe(false);
  });
});

describe("the notice of an answer that did not end cleanly", () => {
  it("says a cut at the daily budget is the budget's, with or without text, and a plain cut is the reply's limit", () => {
    for (const content of ["Half an answer", ""]) expect(finishNotice({ finishReason: "budget", content })?.code).toBe("length_budget");
    expect(finishNotice({ finishReason: "length", content: "Half" })?.code).toBe("length");
    // The budget's card waits for the reset its finish named, as a refused request's card does.
    expect(finishNotice({ finishReason: "budget", content: "Half", resetAt: "2026-12-07T00:00:00.000Z" })).toMatchObject({ code: "length_budget", resetAt: "2026-12-07T00:00:00.000Z" });
    expect(finishNotice({ finishReason: "budget", content: "Half" })).not.toHaveProperty("resetAt");
    expect(finishNotice({ finishReason: "length", content: "" })?.code).toBe("length_thinking");
  });
});

describe("an answer the provider ended for a reason the server did not know", () => {
  it("carries the provider's own word, and nothing where there is none (a continued share)", () => {
    expect(finishNotice({ finishReason: "other", finishRaw: "repetition", content: "Part" })).toEqual({ code: "finish_other", message: "repetition" });
    // "unknown" here was worded as the provider's reason: "ended with the reason “unknown”".
    expect(finishNotice({ finishReason: "other", content: "Part" })).toEqual({ code: "finish_other", message: "" });
  });
});
