import { describe, expect, it } from "vitest";
import { FINISH_REASONS } from "./message";
import { saysNothing, sharedEnding } from "./shared-ending";

const answer = (content: string, more: object = {}) => ({ role: "assistant" as const, content, ...more });

describe("sharedEnding", () => {
  it("says nothing for a clean answer or a question", () => {
    expect(sharedEnding(answer("Done.", { finishReason: "stop" }))).toBeUndefined();
    expect(sharedEnding(answer("Done."))).toBeUndefined();
    expect(sharedEnding({ role: "user", content: "Why?", error: { code: "internal" } })).toBeUndefined();
  });

  it("marks an answer cut by the length limit or the content filter", () => {
    expect(sharedEnding(answer("right in the mid", { finishReason: "length" }))).toEqual({ note: "length" });
    // A cut at the sharer's daily budget reads as any cut to a reader.
    expect(sharedEnding(answer("right in the mid", { finishReason: "budget" }))).toEqual({ note: "length" });
    expect(sharedEnding(answer("the provider", { finishReason: "sensitive" }))).toEqual({ note: "sensitive" });
  });

  it("names a failed answer's reason when the catalogue words its code", () => {
    expect(sharedEnding(answer("", { finishReason: "error", error: { code: "upstream_rate_limited" } }))).toEqual({ note: "failed", reason: "upstream_rate_limited" });
    expect(sharedEnding(answer("Partial", { error: { code: "upstream_unavailable" } }))).toEqual({ note: "cutFailed", reason: "upstream_unavailable" });
  });

  it("says a dropped connection as itself, not as a failure whose reason names the same cut", () => {
    expect(sharedEnding(answer("Partial", { error: { code: "stream_interrupted" } }))).toEqual({ note: "dropped" });
    expect(sharedEnding(answer("", { finishReason: "error", error: { code: "network" } }))).toEqual({ note: "droppedEmpty" });
  });

  it("says only that it failed for a code it does not know", () => {
    expect(sharedEnding(answer(" ", { error: { code: "<b>1302</b>" } }))).toEqual({ note: "failed" });
  });

  it("says a stopped answer was stopped and a broken-off one was cut, as the app's cards do", () => {
    expect(sharedEnding(answer("Half a tho", { finishReason: "aborted" }))).toEqual({ note: "stopped" });
    // Stopped before a word arrived: still stopped, not failed.
    expect(sharedEnding(answer("", { finishReason: "aborted" }))).toEqual({ note: "stopped" });
    expect(sharedEnding(answer("Partial answer before", { finishReason: "network_error" }))).toEqual({ note: "cut" });
    expect(sharedEnding(answer("", { finishReason: "network_error" }))).toEqual({ note: "failed" });
  });

  it("tells an answer with no text by what it has: thinking until the cap, reasoning, a tool call", () => {
    expect(sharedEnding(answer("", { finishReason: "length", reasoning: "I keep considering" }))).toEqual({ note: "thinking" });
    expect(sharedEnding(answer("", { finishReason: "budget" }))).toEqual({ note: "thinking" });
    expect(sharedEnding(answer("", { reasoning: "The answer is 4." }))).toEqual({ note: "reasoningOnly" });
    expect(sharedEnding(answer(""))).toEqual({ note: "reasoningHidden" });
    const call = { id: "c1", name: "get_weather", arguments: '{"city":"Beijing"}' };
    expect(sharedEnding(answer("", { finishReason: "tool_calls", toolCalls: [call] }))).toEqual({ note: "toolCall" });
    expect(sharedEnding(answer("Let me look.", { finishReason: "tool_calls", toolCalls: [call] }))).toEqual({ note: "toolCall" });
  });

  it("decides every finish reason of the closed set for an answer with text", () => {
    const notes = Object.fromEntries(FINISH_REASONS.map((reason) => [reason, sharedEnding(answer("Some text", { finishReason: reason }))?.note]));
    expect(notes).toEqual({
      stop: undefined,
      length: "length",
      budget: "length",
      // Without the call itself (an older share) the answer ends as any other.
      tool_calls: undefined,
      sensitive: "sensitive",
      network_error: "cut",
      aborted: "stopped",
      error: "cutFailed",
      other: "other",
    });
  });
});

describe("saysNothing", () => {
  it("is only a clean answer with nothing in it", () => {
    expect(saysNothing(answer("  "))).toBe(true);
    expect(saysNothing(answer("", { finishReason: "stop" }))).toBe(true);
    expect(saysNothing(answer("", { reasoning: "thoughts" }))).toBe(false);
    expect(saysNothing(answer("", { finishReason: "aborted" }))).toBe(false);
    expect(saysNothing(answer("", { finishReason: "tool_calls", toolCalls: [{ id: "c", name: "f", arguments: "{}" }] }))).toBe(false);
    expect(saysNothing(answer("", { error: { code: "internal" } }))).toBe(false);
    expect(saysNothing({ role: "user", content: "" })).toBe(false);
  });
});
