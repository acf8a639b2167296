import { describe, expect, it } from "vitest";
import { budgetNewsOf, spentAfter, stillSpent } from "./budget-spent";

const RESET = "2026-12-07T00:00:00.000Z";
const NOW = Date.parse("2026-12-06T22:00:00.000Z");

describe("budget news of an ended answer", () => {
  it("a budget refusal or a budget cut says spent until its reset", () => {
    expect(budgetNewsOf({ status: "error", error: { code: "budget_exhausted", message: "spent", resetAt: RESET } })).toEqual({ spentUntil: RESET });
    expect(budgetNewsOf({ status: "done", finishReason: "budget", resetAt: RESET })).toEqual({ spentUntil: RESET });
  });

  it("an answer written to its end says the budget is open; a stop, a failure or another refusal says nothing", () => {
    for (const finishReason of ["stop", "length", "tool_calls"] as const) expect(budgetNewsOf({ status: "done", finishReason })).toBe("open");
    expect(budgetNewsOf({ status: "done", finishReason: "aborted" })).toBeUndefined();
    expect(budgetNewsOf({ status: "error", error: { code: "rate_limited", message: "wait" } })).toBeUndefined();
    expect(budgetNewsOf({ status: "error", error: { code: "offline", message: "" } })).toBeUndefined();
    expect(budgetNewsOf({ status: "interrupted", finishReason: undefined })).toBeUndefined();
    // A cut without its reset (stored before resets were kept) names no moment to wait for.
    expect(budgetNewsOf({ status: "done", finishReason: "budget" })).toBeUndefined();
  });
});

describe("the spent budget's state", () => {
  it("holds until its reset, and reads a damaged entry as open", () => {
    expect(stillSpent(RESET, NOW)).toBe(RESET);
    expect(stillSpent(RESET, Date.parse(RESET))).toBeUndefined();
    expect(stillSpent("not a time", NOW)).toBeUndefined();
    expect(stillSpent(null, NOW)).toBeUndefined();
  });

  it("keeps the later reset, opens on a success, and ignores a reset already past on this clock", () => {
    const later = "2026-12-08T00:00:00.000Z";
    expect(spentAfter(undefined, { spentUntil: RESET }, NOW)).toBe(RESET);
    expect(spentAfter(later, { spentUntil: RESET }, NOW)).toBe(later);
    expect(spentAfter(RESET, undefined, NOW)).toBe(RESET);
    expect(spentAfter(RESET, "open", NOW)).toBeUndefined();
    // The server's day goes on while the page's clock has passed its reset: nothing to wait for here.
    expect(spentAfter(undefined, { spentUntil: RESET }, Date.parse(RESET) + 1000)).toBeUndefined();
  });
});
