import { createServer, type RequestListener, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it, vi } from "vitest";
import { Writable } from "node:stream";
import type { AppError } from "@/lib/errors";
import { parseEnv } from "./env-schema";
import { createLogger, setLogger } from "./log/logger";

vi.mock("server-only", () => ({}));
let env = parseEnv({});
vi.mock("./env", () => ({ getEnv: () => env }));
const { openUpstream } = await import("./upstream");
const { forgetUpstreamSeen, upstreamSeen } = await import("./health/upstream-seen");

let server: Server | undefined;
afterEach(() => {
  vi.useRealTimers();
  return new Promise<void>((r) => (server ? (server.closeAllConnections(), server.close(() => r())) : r()));
});

/** A stand-in upstream; `closed` resolves when the app drops its request. */
async function upstream(handler: RequestListener, timeoutS = "0.3") {
  let dropped: () => void = () => {};
  let received: () => void = () => {};
  const closed = new Promise<void>((r) => (dropped = r));
  const arrived = new Promise<void>((r) => (received = r));
  server = createServer((req, res) => {
    received();
    req.once("close", () => {
      if (!res.writableFinished) dropped();
    });
    handler(req, res);
  });
  await new Promise<void>((r) => server!.listen(0, "127.0.0.1", r));
  env = parseEnv({ ZAI_API_KEY: "k", ZAI_BASE_URL: `http://127.0.0.1:${(server.address() as AddressInfo).port}/v4`, UPSTREAM_TIMEOUT_S: timeoutS });
  return { closed, arrived };
}

const chat = { model: "glm-4.6", messages: [{ role: "user" as const, content: "hi" }] };

describe("openUpstream", () => {
  it("gives up on an upstream that sends no headers within UPSTREAM_TIMEOUT_S, and drops the request", async () => {
    const { closed } = await upstream(() => {});
    const abort = new AbortController();
    const refused = await openUpstream(chat, abort).catch((e: unknown) => e);
    expect(refused).toMatchObject({ code: "upstream_timeout", status: 504 });
    // The wait travels as a number too, for the card's words in every language.
    expect((refused as AppError).toEnvelope()).toMatchObject({ code: "upstream_timeout", waitedSeconds: Math.round(env.UPSTREAM_TIMEOUT_S) });
    expect(abort.signal.aborted).toBe(true);
    await closed;
  });

  it("stops with the caller's reason when the caller aborts first", async () => {
    // A long timeout: only the caller's abort may end this.
    const { closed, arrived } = await upstream(() => {}, "600");
    const abort = new AbortController();
    const pending = openUpstream(chat, abort);
    await arrived;
    abort.abort(new Error("client gone"));
    await expect(pending).rejects.toThrow("client gone");
    await closed;
  });

  it("returns the body once the headers are in, and leaves no timer behind to abort the stream later", async () => {
    await upstream((_req, res) => {
      res.writeHead(200, { "content-type": "text/event-stream" });
      res.end("data: [DONE]\n\n");
    });
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
    const abort = new AbortController();
    const body = await openUpstream(chat, abort);
    expect(vi.getTimerCount()).toBe(0);
    let text = "";
    for await (const c of body as AsyncIterable<Buffer>) text += c.toString();
    expect(text).toBe("data: [DONE]\n\n");
    expect(abort.signal.aborted).toBe(false);
  });

  it("logs a 404 from a wrong ZAI_BASE_URL at error, and tells the user the server is misconfigured", async () => {
    const lines: Array<Record<string, unknown>> = [];
    setLogger(createLogger(new Writable({ write: (c, _e, done) => (lines.push(JSON.parse(String(c))), done()) }), "info"));
    try {
      await upstream((_req, res) => {
        res.writeHead(404, { "content-type": "application/json" });
        res.end(JSON.stringify({ error: { code: "404", message: "Not Found" } }));
      });
      await expect(openUpstream(chat, new AbortController())).rejects.toMatchObject({ code: "upstream_misconfigured", status: 502 });
      expect(lines).toEqual([expect.objectContaining({ level: "error", upstream: { status: 404 }, msg: expect.stringContaining("ZAI_BASE_URL") })]);
    } finally {
      setLogger(undefined);
    }
  });

  it("leaves what it learnt of the upstream for /api/health: ok, key_rejected, unreachable; a rate limit changes nothing", async () => {
    const answer = (status: number, body: string) => (_req: unknown, res: import("node:http").ServerResponse) => (res.writeHead(status, { "content-type": "application/json" }), res.end(body));
    const closeStandIn = () => new Promise<void>((r) => (server!.closeAllConnections(), server!.close(() => r())));
    setLogger(createLogger(new Writable({ write: (_c, _e, done) => done() }), "info"));
    try {
      forgetUpstreamSeen();
      expect(upstreamSeen()).toEqual({ upstream: "unknown", upstreamAt: null });
      await upstream(answer(200, "data: [DONE]\n\n"));
      await openUpstream(chat, new AbortController());
      expect(upstreamSeen()).toEqual({ upstream: "ok", upstreamAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT.*Z$/) });
      await closeStandIn();

      await upstream(answer(401, JSON.stringify({ error: { code: "1001", message: "Authentication failed" } })));
      await expect(openUpstream(chat, new AbortController())).rejects.toMatchObject({ code: "upstream_auth" });
      expect(upstreamSeen().upstream).toBe("key_rejected");
      await closeStandIn();

      await upstream(answer(429, JSON.stringify({ error: { code: "1302", message: "Rate limit" } })));
      await expect(openUpstream(chat, new AbortController())).rejects.toMatchObject({ code: "upstream_rate_limited" });
      expect(upstreamSeen().upstream).toBe("key_rejected");
      // Nothing listens there any more: refused.
      await closeStandIn();
      server = undefined;
      await expect(openUpstream(chat, new AbortController())).rejects.toMatchObject({ code: "upstream_unavailable" });
      expect(upstreamSeen().upstream).toBe("unreachable");
    } finally {
      setLogger(undefined);
      forgetUpstreamSeen();
    }
  });
});
