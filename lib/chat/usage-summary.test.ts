import { describe, expect, it } from "vitest";
import type { ChatMessage } from "./message";
import { condensedTranscript, contextStatus, conversationTotals, formatCost } from "./usage-summary";

const answer = (promptTokens: number, completionTokens: number, costUsd?: number): Pick<ChatMessage, "role" | "usage"> => ({
  role: "assistant",
  usage: { promptTokens, completionTokens, totalTokens: promptTokens + completionTokens, ...(costUsd !== undefined ? { costUsd } : {}) },
});

describe("usage summary", () => {
  it("totals tokens and cost, leaving cost out when nothing was priced", () => {
    expect(conversationTotals([answer(10, 5, 0.001), { usage: undefined }, answer(20, 5, 0.002)])).toEqual({ promptTokens: 30, completionTokens: 10, costUsd: 0.003, answers: 2, uncounted: 0 });
    expect(conversationTotals([answer(10, 5)]).costUsd).toBeUndefined();
  });

  it("counts the answers that ended with words but no usage (stopped, cut), not one still streaming or one that said nothing", () => {
    const ended = (status: ChatMessage["status"], content: string, reasoning?: string) => ({ role: "assistant" as const, usage: undefined, status, content, reasoning });
    const totals = conversationTotals([answer(10, 5), ended("interrupted", "Half an ans"), ended("error", "", "thinking"), ended("streaming", "live"), ended("error", ""), { role: "user", usage: undefined, content: "q" }]);
    expect(totals).toMatchObject({ answers: 1, uncounted: 2 });
  });

  it("formats small costs readably", () => {
    expect(formatCost(0)).toBe("$0");
    expect(formatCost(0.00001)).toBe("<$0.0001");
    expect(formatCost(0.01234)).toBe("$0.0123");
    expect(formatCost(12.5)).toBe("$12.50");
  });

  it("warns when the last turn used 80% of the window, full past it", () => {
    const k64 = 65536;
    expect(contextStatus([answer(1000, 100)], k64)).toEqual({ used: 1100, limit: k64, level: "ok" });
    expect(contextStatus([answer(52000, 1000)], k64)?.level).toBe("warn");
    expect(contextStatus([answer(65000, 1000)], k64)?.level).toBe("full");
    expect(contextStatus([{ role: "user", usage: undefined }], k64)).toBeUndefined();
  });

  it("reads a continued answer by its latest request, not by prompts summed over its requests", () => {
    const k64 = 65536;
    // 40,000 in and 2,000 out, then Continue: 42,100 in and 900 out. Summed, 85,000 would say "full".
    const continued: Pick<ChatMessage, "role" | "usage"> = {
      role: "assistant",
      usage: { promptTokens: 82_100, completionTokens: 2_900, totalTokens: 85_000, latestRequestTokens: 43_000 },
    };
    expect(contextStatus([continued], k64)).toEqual({ used: 43_000, limit: k64, level: "ok" });
  });

  it("condenses a conversation, newest kept, markup removed", () => {
    const { text, included, total } = condensedTranscript([
      { role: "user", content: "Where is the cat?" },
      { role: "assistant", content: "At <|begin_of_box|>[1,2,3,4]<|end_of_box|>" },
      { role: "user", content: "x".repeat(2000) },
    ]);
    expect(text).toContain("User: Where is the cat?\nAssistant: At [1,2,3,4]");
    expect(text).toContain(`User: ${"x".repeat(599)}…`);
    expect(text).not.toContain("<|");
    expect({ included, total }).toEqual({ included: 3, total: 3 });
  });

  it("keeps the newest messages that fit, with no gaps, and counts what was left out", () => {
    const messages = Array.from({ length: 40 }, (_, i) => ({ role: i % 2 ? ("assistant" as const) : ("user" as const), content: `${i} ${"y".repeat(i === 19 ? 100 : 700)}` }));
    const { text, included, total } = condensedTranscript(messages);
    expect(total).toBe(40);
    expect(included).toBeLessThan(40);
    expect(text).toContain("Assistant: 39 ");
    // Message 19 is short enough for the space left, but 20 did not fit: 19 stays out as well.
    const kept = [...text.matchAll(/^(?:User|Assistant): (\d+) /gm)].map((m) => Number(m[1]));
    expect(kept).toEqual(Array.from({ length: included }, (_, i) => 40 - included + i));
  });
});
