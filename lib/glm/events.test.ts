import { describe, expect, it } from "vitest";
import { encodeEvent, streamEventSchema, type StreamEvent } from "./events";

describe("encodeEvent", () => {
  const tricky = 'quote " backslash \\ newline \n tab \t nul \u0000 emoji 😀 lone \ud800 </script>';
  const events: StreamEvent[] = [
    { type: "text", delta: tricky },
    { type: "reasoning", delta: tricky },
    { type: "text", delta: "" },
    { type: "finish", reason: "stop" },
    { type: "usage", promptTokens: 1, completionTokens: 2, totalTokens: 3 },
  ];

  it("writes the same bytes as stringifying the whole event", () => {
    for (const e of events) expect(encodeEvent(e)).toBe(`data: ${JSON.stringify(e)}\n\n`);
  });

  it("round-trips through the client's schema", () => {
    for (const e of events) expect(streamEventSchema.parse(JSON.parse(encodeEvent(e).slice(6)))).toEqual(e);
  });
});
