import { describe, expect, it, vi } from "vitest";

vi.mock("server-only", () => ({}));
Object.assign(process.env, { ZAI_API_KEY: "", USER_DAILY_TOKENS: "100" });
const { budgetResetAt, reserveBudget } = await import("./server");

/** Reserves in the in-process store, which decides at once (no promise). */
function reserve(subject: string, upTo?: number, plus = 0) {
  return reserveBudget(subject, { upTo, plus, minLeft: 1 }) as { left: number; upTo: number; settle(spent: number): void };
}

describe("the daily token budget's refusal", () => {
  it("names the moment it resets (the next midnight UTC) for the reader's own clock, the same moment as Retry-After", () => {
    vi.useFakeTimers({ now: Date.UTC(2026, 11, 6, 20, 30, 0), toFake: ["Date"] });
    try {
      reserve("user:spent", 100).settle(150);
      let refusal: unknown;
      try {
        reserve("user:spent");
      } catch (error) {
        refusal = error;
      }
      expect(refusal).toMatchObject({ code: "budget_exhausted", status: 429, retryAfterSeconds: 3.5 * 3600 });
      expect((refusal as { toEnvelope(): unknown }).toEnvelope()).toMatchObject({ code: "budget_exhausted", resetAt: "2026-12-07T00:00:00.000Z" });
      // An answer the budget cut at that moment names the same reset (its finish, lib/server/chat/prepare.ts).
      expect(budgetResetAt(Date.now())).toBe("2026-12-07T00:00:00.000Z");
    } finally {
      vi.useRealTimers();
    }
  });
});

describe("the daily token budget's reservations", () => {
  it("lets an answer take what is left, so one running beside it gets only the rest, or is refused", () => {
    const first = reserve("user:parallel", 60, 10);
    expect(first).toMatchObject({ left: 100, upTo: 60 });
    // 70 reserved: the second answer may write 30, its prompt's estimate on top.
    const second = reserve("user:parallel", 60, 10);
    expect(second).toMatchObject({ left: 30, upTo: 30 });
    // Nothing left while both run: not "spent until midnight", but in use until they end.
    expect(() => reserve("user:parallel", 60)).toThrow(expect.objectContaining({ code: "budget_held", retryAfterSeconds: 5, message: expect.stringMatching(/still being written hold what is left of today's budget of 100 tokens/) }));
    // Settled with less than reserved: the rest comes back for the next answer.
    first.settle(20);
    second.settle(25);
    expect(reserve("user:parallel")).toMatchObject({ left: 55, upTo: 55 });
  });

  it("settles once: a second settle of the same answer changes nothing", () => {
    const hold = reserve("user:once", 50);
    hold.settle(10);
    hold.settle(0);
    expect(reserve("user:once")).toMatchObject({ left: 90 });
  });
});
