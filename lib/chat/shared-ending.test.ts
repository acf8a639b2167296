import { describe, expect, it } from "vitest";
import { sharedEnding } from "./shared-ending";

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
    expect(sharedEnding(answer("Partial", { error: { code: "stream_interrupted" } }))).toEqual({ note: "cutFailed", reason: "stream_interrupted" });
  });

  it("says only that it failed for a code it does not know", () => {
    expect(sharedEnding(answer(" ", { error: { code: "<b>1302</b>" } }))).toEqual({ note: "failed" });
  });
});
