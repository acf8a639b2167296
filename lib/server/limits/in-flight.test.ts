import { describe, expect, it } from "vitest";
import { inFlight, tryAcquire } from "./in-flight";

describe("in-flight cap", () => {
  it("refuses past the cap and frees a slot exactly once, however often release is called", () => {
    const base = inFlight();
    const a = tryAcquire(base + 2)!;
    const b = tryAcquire(base + 2)!;
    expect(tryAcquire(base + 2)).toBeUndefined();
    a();
    a();
    expect(inFlight()).toBe(base + 1);
    b();
    expect(inFlight()).toBe(base);
  });
});
