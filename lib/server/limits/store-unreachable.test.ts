import { Writable } from "node:stream";
import { afterEach, describe, expect, it, vi } from "vitest";

vi.mock("server-only", () => ({}));
Object.assign(process.env, { ZAI_API_KEY: "" });
const { checkChatRate, checkSignInRate } = await import("./server");
const { createLogger, setLogger } = await import("@/lib/server/log/logger");

// server.ts keeps this object; a test store goes in it, as getLimitStore's own would.
const globals = (globalThis as unknown as { __glmLimits: { store?: unknown } }).__glmLimits;
afterEach(() => {
  setLogger(undefined);
  globals.store = undefined;
});

describe("a limit store that cannot be reached", () => {
  it("refuses with its own retryable code, not server_busy, and logs one JSON error line", async () => {
    const lines: string[] = [];
    setLogger(createLogger(new Writable({ write: (c, _e, done) => (lines.push(String(c)), done()) }), "info"));
    const refused = () => Promise.reject(Object.assign(new Error("connect ECONNREFUSED 10.0.0.9:6379"), { code: "ECONNREFUSED" }));
    globals.store = { take: refused };
    const errorOf = (p: Promise<unknown>) => p.then(() => undefined, (e: unknown) => e);

    for (const refusal of [await errorOf(checkChatRate("user:alice")), await errorOf(checkSignInRate("203.0.113.7"))]) {
      expect(refusal).toMatchObject({ code: "limits_unavailable", status: 503, retryAfterSeconds: expect.any(Number) });
      expect((refusal as Error).message).toMatch(/Redis is unreachable/);
    }
    expect(lines).toHaveLength(2);
    for (const line of lines) {
      expect(line.trimEnd()).not.toContain("\n");
      expect(JSON.parse(line)).toMatchObject({ level: "error", msg: expect.stringContaining("REDIS_URL"), err: { type: "Error", code: "ECONNREFUSED" } });
    }
  });
});
