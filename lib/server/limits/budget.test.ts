import { describe, expect, it, vi } from "vitest";
import { eventually } from "@/test/eventually";

vi.mock("server-only", () => ({}));
Object.assign(process.env, { ZAI_API_KEY: "", USER_DAILY_TOKENS: "100" });
const { budgetResetAt, checkBudget, recordUsage } = await import("./server");

describe("the daily token budget's refusal", () => {
  it("names the moment it resets (the next midnight UTC) for the reader's own clock, the same moment as Retry-After", async () => {
    const now = Date.UTC(2026, 11, 6, 20, 30, 0);
    recordUsage("user:spent", 150, now);
    await eventually(() => expect(checkBudget("user:spent", now)).rejects.toBeDefined());
    const refusal = await checkBudget("user:spent", now).catch((e: unknown) => e);
    expect(refusal).toMatchObject({ code: "budget_exhausted", status: 429, retryAfterSeconds: 3.5 * 3600 });
    expect((refusal as { toEnvelope(): unknown }).toEnvelope()).toMatchObject({ code: "budget_exhausted", resetAt: "2026-12-07T00:00:00.000Z" });
    // An answer the budget cut at that moment names the same reset (its finish, lib/server/chat/prepare.ts).
    expect(budgetResetAt(now)).toBe("2026-12-07T00:00:00.000Z");
  });

  it("lets a subject under the budget through, with what is left of it", async () => {
    const now = Date.UTC(2026, 11, 6, 20, 30, 0);
    await expect(checkBudget("user:fresh", now)).resolves.toBe(100);
    recordUsage("user:fresh", 30, now);
    await eventually(() => expect(checkBudget("user:fresh", now)).resolves.toBe(70));
  });
});
