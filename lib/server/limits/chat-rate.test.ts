import { describe, expect, it, vi } from "vitest";

vi.mock("server-only", () => ({}));
Object.assign(process.env, { ZAI_API_KEY: "", CHAT_RATE_PER_MINUTE: "2" });
const { checkChatLimits, checkChatRate } = await import("./server");

describe("the chat rate refusal", () => {
  it("tells the user how long to wait, the same wait as Retry-After", async () => {
    await checkChatRate("user:wait");
    await checkChatRate("user:wait");
    const refusal = await checkChatRate("user:wait").catch((e: unknown) => e);
    expect(refusal).toMatchObject({ code: "rate_limited", status: 429 });
    const { message, retryAfterSeconds } = refusal as { message: string; retryAfterSeconds: number };
    expect(retryAfterSeconds).toBeGreaterThan(1);
    expect(message).toBe(`Too many messages in a short time: wait ${retryAfterSeconds} seconds and send again.`);
  });

  it("says the wait on the in-process fast path too", () => {
    checkChatLimits("user:fast");
    checkChatLimits("user:fast");
    let refusal: unknown;
    try {
      checkChatLimits("user:fast");
    } catch (error) {
      refusal = error;
    }
    const { message, retryAfterSeconds } = refusal as { message: string; retryAfterSeconds: number };
    expect(message).toContain(`wait ${retryAfterSeconds} seconds`);
  });
});
