import { describe, expect, it } from "vitest";
import { budgetNewsOf, overtakenByBudget, spentAfter, stillSpent } from "./budget-spent";

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

describe("a card the spent budget overtook", () => {
  const held = { code: "budget_held", message: "Your answers still being written hold what is left of today's budget of 40 tokens.", retryAt: "2026-12-06T22:00:05.000Z" };

  it("a budget-held refusal made before the reset reads as the spent budget's card, waiting for that reset", () => {
    // Its "Retry when they finish" sat above a button waiting until midnight.
    expect(overtakenByBudget(held, NOW, RESET)).toEqual({ code: "budget_exhausted", message: "", resetAt: RESET });
  });

  it("keeps its own words while the budget is not known spent, or was spent before the refusal (an earlier day's reset)", () => {
    expect(overtakenByBudget(held, NOW, undefined)).toBe(held);
    expect(overtakenByBudget(held, Date.parse(RESET) + 60_000, RESET)).toBe(held);
    expect(overtakenByBudget(held, NOW, "not a time")).toBe(held);
  });

  it("leaves every other card as it is: their words say nothing of the budget being free", () => {
    for (const code of ["rate_limited", "network_error", "length_budget", "budget_exhausted", "prompt_over_budget"]) {
      const card = { code, message: "words" };
      expect(overtakenByBudget(card, NOW, RESET)).toBe(card);
    }
  });
});
