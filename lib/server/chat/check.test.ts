import { describe, expect, it, vi } from "vitest";
import { findModel } from "@/lib/glm/models";
import { describeModel } from "@/lib/glm/model-list";
import { parseEnv } from "@/lib/server/env-schema";
import type { ChatRequest } from "@/lib/chat/wire";
import * as promptFloor from "@/lib/server/limits/prompt-floor";
import { reservation } from "@/lib/server/limits/types";
import { budgetAsk, checkChatRequest, fitToBudget, SHORT_PROMPT_TOKENS } from "./check";

vi.mock("@/lib/server/limits/prompt-floor", { spy: true });

/** What the store's reservation (the arithmetic both stores share) makes of `body` with `left` tokens left. */
function capToBudget(body: ChatRequest, left: number): ChatRequest {
  const { ask, floor } = budgetAsk(body);
  return fitToBudget(body, floor, reservation(0, left, ask));
}

const zai = parseEnv({ ZAI_PROTOCOL: "zai" });
const openai = parseEnv({ ZAI_PROTOCOL: "openai" });
const ask = { model: "glm-4.6", messages: [{ role: "user" as const, content: "hi" }] };

describe("checkChatRequest", () => {
  it("clamps max_tokens to the model's output limit on Z.ai only", () => {
    expect(checkChatRequest({ ...ask, max_tokens: 10 ** 7 }, zai, findModel("glm-4.6")!).max_tokens).toBe(131072);
    expect(checkChatRequest({ ...ask, max_tokens: 100 }, zai, findModel("glm-4.6")!).max_tokens).toBe(100);
    expect(checkChatRequest({ ...ask, max_tokens: 10 ** 7 }, openai, describeModel("glm-4.6")).max_tokens).toBe(10 ** 7);
  });

  it("allows web search for text models on Z.ai only", () => {
    expect(() => checkChatRequest({ ...ask, webSearch: true }, zai, findModel("glm-4.6")!)).not.toThrow();
    expect(() => checkChatRequest({ ...ask, webSearch: true }, zai, findModel("glm-4.5v")!)).toThrow(/cannot search the web/);
    expect(() => checkChatRequest({ ...ask, webSearch: true }, openai, describeModel("glm-4.6"))).toThrow(/self-hosted/);
  });
});

describe("capToBudget", () => {
  it("lowers max_tokens to what is left of the daily budget, never raises it", () => {
    expect(capToBudget(ask, 2500).max_tokens).toBe(2500);
    expect(capToBudget({ ...ask, max_tokens: 10_000 }, 2500).max_tokens).toBe(2500);
    expect(capToBudget({ ...ask, max_tokens: 300 }, 2500).max_tokens).toBe(300);
    expect(capToBudget({ ...ask, max_tokens: 2500 }, 2500).max_tokens).toBe(2500);
  });

  it("refuses a chat whose text alone surely costs what is left of the budget, keeping the numbers in its words", () => {
    const long = { ...ask, messages: [{ role: "user" as const, content: "word ".repeat(800) }] };
    // 4,000 characters: at least 500 tokens.
    expect(() => capToBudget(long, 500)).toThrow(/at least 500 tokens, and 500 are left today/);
    expect(() => capToBudget(long, 20)).toThrow(expect.objectContaining({ code: "prompt_over_budget", status: 429 }));
    expect(capToBudget(long, 501).max_tokens).toBe(501);
  });

  it("lets a short chat through although it costs a little more than is left: it counts, and the next request is refused", () => {
    const short = { ...ask, messages: [{ role: "user" as const, content: "w".repeat(SHORT_PROMPT_TOKENS * 8) }] };
    expect(capToBudget(short, 10).max_tokens).toBe(10);
    const longer = { ...ask, messages: [{ role: "user" as const, content: "w".repeat((SHORT_PROMPT_TOKENS + 1) * 8) }] };
    expect(() => capToBudget(longer, 10)).toThrow(expect.objectContaining({ code: "prompt_over_budget" }));
  });

  it("scans the prompt's text once for both the refusal and the reservation, the charge of an answer that reports no usage", () => {
    const chat = { ...ask, max_tokens: 700, messages: [{ role: "user" as const, content: "word ".repeat(800) }, { role: "assistant" as const, content: "你好".repeat(30) }] };
    vi.mocked(promptFloor.promptTokenFloor).mockClear();
    const { ask: wanted, floor } = budgetAsk(chat);
    expect(promptFloor.promptTokenFloor).toHaveBeenCalledTimes(1);
    // 4,000 other characters / 8 + 60 CJK characters / 3, and no media.
    expect(floor).toBe(520);
    // The answer's cap and the prompt's estimate are reserved together; a long prompt needs more than its floor left.
    expect(wanted).toEqual({ upTo: 700, plus: 520, minLeft: 521 });
    expect(reservation(0, 5000, wanted)).toEqual({ ok: true, left: 5000, upTo: 700, amount: 1220 });
  });

  it("without max_tokens asks for what the model can write, so one answer does not hold a large budget whole", () => {
    const chat = { ...ask, max_tokens: undefined, messages: [{ role: "user" as const, content: "hello" }] };
    const { ask: wanted } = budgetAsk(chat, 16_384);
    expect(wanted.upTo).toBe(16_384);
    // Two answers side by side under a 1M budget: both taken.
    const first = reservation(0, 1_000_000, wanted);
    expect(first.ok && reservation(first.amount, 1_000_000, wanted).ok).toBe(true);
    // A small budget still caps the answer to what is left.
    expect(reservation(0, 400, wanted)).toMatchObject({ ok: true, upTo: 400 });
  });
});
