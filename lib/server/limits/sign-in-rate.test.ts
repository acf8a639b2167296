import { describe, expect, it, vi } from "vitest";

vi.mock("server-only", () => ({}));
Object.assign(process.env, { ZAI_API_KEY: "", SIGN_IN_ATTEMPTS_PER_MINUTE: "2" });
const { checkSignInRate, forgiveSignIn } = await import("./server");

describe("sign-in throttling", () => {
  it("names the same wait in its words as in Retry-After, not 'a minute' for a few seconds", async () => {
    await checkSignInRate("203.0.113.9");
    await checkSignInRate("203.0.113.9");
    const refusal = (await checkSignInRate("203.0.113.9").catch((e: unknown) => e)) as { code: string; message: string; retryAfterSeconds: number };
    expect(refusal.code).toBe("rate_limited");
    expect(refusal.retryAfterSeconds).toBeGreaterThan(1);
    expect(refusal.message).toBe(`Too many sign-in attempts: wait ${refusal.retryAfterSeconds} seconds and try again.`);
    // Another address is not held.
    await expect(checkSignInRate("203.0.113.10")).resolves.toBeUndefined();
  });

  it("counts wrong codes only: a right one gives its attempt back", async () => {
    for (let i = 0; i < 5; i++) {
      await checkSignInRate("203.0.113.20");
      await forgiveSignIn("203.0.113.20");
    }
    await checkSignInRate("203.0.113.20");
    await checkSignInRate("203.0.113.20");
    await expect(checkSignInRate("203.0.113.20")).rejects.toMatchObject({ code: "rate_limited" });
  });
});
