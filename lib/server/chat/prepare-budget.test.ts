import { describe, expect, it, vi } from "vitest";
import { Writable } from "node:stream";
import * as upstream from "@/lib/server/upstream";

vi.mock("server-only", () => ({}));
vi.mock("@/lib/server/upstream", { spy: true });
// Demo mode (no key): the built-in upstream; the answers are never read, their ends called by hand.
Object.assign(process.env, { ZAI_API_KEY: "", USER_DAILY_TOKENS: "400", CHAT_RATE_PER_MINUTE: "1000", TRUST_PROXY_HOPS: "1" });
const { prepareChat } = await import("./prepare");
type ChatStream = import("./prepare").ChatStream;
const { createLogger, setLogger } = await import("@/lib/server/log/logger");
setLogger(createLogger(new Writable({ write: (_c, _e, done) => done() }), "info"));

/** A question from its own client address (the subject of the budget) with `max_tokens`. */
function ask(client: string, maxTokens?: number) {
  const body = JSON.stringify({ model: "glm-4.5v", max_tokens: maxTokens, messages: [{ role: "user", content: "hi" }] });
  return prepareChat(new Request("http://localhost/api/chat", { method: "POST", headers: { "content-type": "application/json", "x-forwarded-for": client }, body }), new AbortController());
}

/** The max_tokens each answer went upstream with, in order. */
const sentMaxTokens = () => vi.mocked(upstream.openUpstream).mock.calls.map(([body]) => body.max_tokens);

describe("prepareChat and the daily token budget", () => {
  it("reserves what an answer may spend: one started beside it gets the rest or is refused, and its end gives back what it did not use", async () => {
    vi.mocked(upstream.openUpstream).mockClear();
    // One answer running, three more started at once, as tabs do: each used to go with all 400.
    const first = await ask("203.0.113.5", 300);
    const started = [first, ...(await Promise.all([ask("203.0.113.5"), ask("203.0.113.5"), ask("203.0.113.5")]))];
    const streams = started.filter((s): s is ChatStream => !(s instanceof Response));
    const refused = started.filter((s): s is Response => s instanceof Response);
    // 300 reserved ("hi" is too short to count for its prompt's estimate): 100 are left.
    expect(sentMaxTokens()).toEqual([300, 100]);
    expect(streams).toHaveLength(2);
    expect(refused.map((r) => r.status)).toEqual([429, 429]);
    // The others hold the rest until they end: a short wait, not the budget spent until midnight.
    expect(await refused[0].json()).toMatchObject({ code: "budget_held", message: expect.stringContaining("still being written") });

    // The first answer reported 120 tokens, the second was stopped before any usage: an estimate.
    streams[0].options.onUsage?.(120);
    streams[0].options.onEnd?.("done");
    streams[1].options.onUsageUnknown?.(50);
    streams[1].options.onEnd?.("aborted");
    const next = await ask("203.0.113.5");
    expect(next).not.toBeInstanceOf(Response);
    // 400 - 120 - 50 bytes / 5: 270 left for the next answer.
    expect(sentMaxTokens().at(-1)).toBe(270);
  });

  it("gives the reservation back when the answer never starts", async () => {
    vi.mocked(upstream.openUpstream).mockClear();
    vi.mocked(upstream.openUpstream).mockRejectedValueOnce(new Error("connect ECONNREFUSED"));
    const failed = await ask("203.0.113.6", 400);
    expect(failed).toBeInstanceOf(Response);
    expect((failed as Response).status).toBe(500);
    await ask("203.0.113.6", 400);
    expect(sentMaxTokens()).toEqual([400, 400]);
  });
});
