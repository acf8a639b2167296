import { describe, expect, it } from "vitest";
import { budgetResetOf, laterOf, nextWakeMs, retryAtFrom, secondsLeft, waitsUntil } from "./retry-wait";

const now = Date.parse("2026-12-06T10:00:00.000Z");

describe("retryAtFrom", () => {
  it("reads seconds and HTTP dates", () => {
    expect(retryAtFrom("13", now)).toBe("2026-12-06T10:00:13.000Z");
    expect(retryAtFrom(" 3 ", now)).toBe("2026-12-06T10:00:03.000Z");
    expect(retryAtFrom("Sun, 06 Dec 2026 10:01:00 GMT", now)).toBe("2026-12-06T10:01:00.000Z");
  });

  it("ignores a missing, past, zero, malformed or day-long wait", () => {
    for (const header of [null, undefined, "", "0", "-5", "soon", "1.5", "Sun, 06 Dec 2026 09:59:00 GMT", "86400"]) {
      expect(retryAtFrom(header, now), String(header)).toBeUndefined();
    }
    expect(retryAtFrom("3600", now)).toBe("2026-12-06T11:00:00.000Z");
  });
});

describe("secondsLeft", () => {
  it("counts whole seconds up, and stops at zero", () => {
    const at = "2026-12-06T10:00:13.000Z";
    expect(secondsLeft(at, now)).toBe(13);
    expect(secondsLeft(at, now + 12_001)).toBe(1);
    expect(secondsLeft(at, now + 13_000)).toBe(0);
    expect(secondsLeft(at, now + 60_000)).toBe(0);
    expect(secondsLeft(undefined, now)).toBe(0);
    expect(secondsLeft("not a time", now)).toBe(0);
  });
});

describe("nextWakeMs", () => {
  const at = (ms: number) => new Date(now + ms).toISOString();

  it("wakes when the shown second changes", () => {
    expect(nextWakeMs(at(12_300), now)).toBe(300);
    expect(nextWakeMs(at(12_000), now)).toBe(1000);
  });

  it("sleeps through a long wait until the count starts", () => {
    // A budget that resets in five hours: one wake, 99 seconds before the reset.
    expect(nextWakeMs(at(5 * 3600_000), now, 99)).toBe(5 * 3600_000 - 99_000);
    expect(nextWakeMs(at(99_000), now, 99)).toBe(1000);
    expect(nextWakeMs(at(98_400), now, 99)).toBe(400);
  });

  it("does not wake once the moment has passed, or without one", () => {
    expect(nextWakeMs(at(0), now)).toBeUndefined();
    expect(nextWakeMs(at(-5000), now, 99)).toBeUndefined();
    expect(nextWakeMs(undefined, now)).toBeUndefined();
    expect(nextWakeMs("not a time", now)).toBeUndefined();
  });
});

describe("waitsUntil", () => {
  const resetAt = "2026-12-07T00:00:00.000Z";

  it("is a refusal's Retry-After, else the reset of a spent plan cap or budget, or of the budget that cut the answer", () => {
    expect(waitsUntil({ code: "rate_limited", retryAt: "2026-12-06T10:00:13.000Z" })).toBe("2026-12-06T10:00:13.000Z");
    for (const code of ["usage_limit", "budget_exhausted", "length_budget"]) expect(waitsUntil({ code, resetAt }), code).toBe(resetAt);
  });

  it("is nothing for other cards, or without a time", () => {
    expect(waitsUntil({ code: "length", resetAt })).toBeUndefined();
    expect(waitsUntil({ code: "length_budget" })).toBeUndefined();
  });
});

describe("budgetResetOf", () => {
  const answer = { role: "assistant" as const };
  const refused = (resetAt?: string) => ({ ...answer, finishReason: "error" as const, error: { code: "budget_exhausted", message: "Spent", resetAt } });

  it("is the latest reset a refusal or a budget cut in the chat names", () => {
    const messages = [
      { ...answer, finishReason: "budget" as const, resetAt: "2026-12-07T00:00:00.000Z" },
      refused("2026-12-08T00:00:00.000Z"),
      refused("2026-12-06T00:00:00.000Z"),
    ];
    expect(budgetResetOf(messages)).toBe("2026-12-08T00:00:00.000Z");
    expect(budgetResetOf(messages.slice(0, 1))).toBe("2026-12-07T00:00:00.000Z");
  });

  it("is nothing without a spent budget in the chat: other refusals and cuts wait for nothing of it", () => {
    expect(budgetResetOf([])).toBeUndefined();
    expect(budgetResetOf([{ ...answer, finishReason: "length" as const, resetAt: "2026-12-07T00:00:00.000Z" }])).toBeUndefined();
    expect(budgetResetOf([{ ...answer, error: { code: "usage_limit", message: "Cap", resetAt: "2026-12-07T00:00:00.000Z" } }])).toBeUndefined();
    expect(budgetResetOf([refused(undefined), { ...answer, finishReason: "budget" as const }])).toBeUndefined();
  });
});

describe("laterOf", () => {
  it("is the later time; a missing or unreadable one loses", () => {
    expect(laterOf("2026-12-07T00:00:00.000Z", "2026-12-06T10:00:13.000Z")).toBe("2026-12-07T00:00:00.000Z");
    expect(laterOf("2026-12-06T10:00:13.000Z", "2026-12-07T00:00:00.000Z")).toBe("2026-12-07T00:00:00.000Z");
    expect(laterOf(undefined, "2026-12-07T00:00:00.000Z")).toBe("2026-12-07T00:00:00.000Z");
    expect(laterOf("2026-12-07T00:00:00.000Z", "soon")).toBe("2026-12-07T00:00:00.000Z");
    expect(laterOf(undefined, undefined)).toBeUndefined();
  });
});
