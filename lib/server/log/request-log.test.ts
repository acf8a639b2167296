import { Writable } from "node:stream";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createLogger, setLogger } from "./logger";
import { AppError, errorResponse } from "@/lib/errors";
import { noteRefusal, noteUpstream, noteUser, requestLine, withRequestLog } from "./request-log";

const KEY = "sk-live-KEY-9f8e7d";
const CODE = "alice:CODE-ACCESS-4411";
const COOKIE = "COOKIE-SESSION-VALUE-77";
const TEXT = "MESSAGE-TEXT-where-is-the-red-circle";

let lines: string[] = [];
const sink = () =>
  new Writable({
    write(chunk, _enc, done) {
      lines.push(...String(chunk).split("\n").filter(Boolean));
      done();
    },
  });

beforeEach(() => {
  lines = [];
  setLogger(createLogger(sink(), "info"));
});
afterEach(() => setLogger(undefined));

function sensitiveRequest(): Request {
  return new Request("http://app.test/api/chat?code=CODE-ACCESS-4411", {
    method: "POST",
    headers: { cookie: `glm_session=${COOKIE}`, authorization: `Bearer ${KEY}`, "content-type": "application/json", "x-access-code": CODE },
    body: JSON.stringify({ code: CODE, messages: [{ role: "user", content: TEXT }] }),
  });
}

const parsed = () => lines.map((l) => JSON.parse(l) as Record<string, unknown>);

describe("request logs", () => {
  it("writes one JSON line per request with id, route, status, duration, user and upstream timing", async () => {
    const route = withRequestLog("POST /api/chat", async (request: Request) => {
      await request.json();
      noteUser("alice");
      noteUpstream(200, 12.4);
      return new Response("data: {}\n\n", { headers: { "content-type": "text/event-stream" } });
    });
    const res = await route(sensitiveRequest(), {});
    expect(lines).toHaveLength(0); // a stream is logged when it ends, with its whole duration
    await res.text();
    const [entry] = parsed();
    expect(lines).toHaveLength(1);
    expect(entry).toMatchObject({ level: "info", method: "POST", route: "POST /api/chat", status: 200, user: "alice", upstream: { status: 200, ms: 12 } });
    expect(typeof entry.durationMs).toBe("number");
    expect(entry.reqId).toBe(res.headers.get("x-request-id"));
    expect(entry.reqId).toMatch(/^[\w-]{8,64}$/);
  });

  it("never contains the key, an access code, a cookie value or message text, even when the handler fails", async () => {
    const failing = withRequestLog("POST /api/chat", async (request: Request) => {
      const body = await request.text();
      // Errors can quote input: JSON.parse does, and so might any library.
      JSON.parse(`${body} ${KEY} ${COOKIE}`);
      return new Response(null);
    });
    await expect(failing(sensitiveRequest(), {})).rejects.toThrow();
    const ok = withRequestLog("POST /api/share", async () => Response.json({ echoed: TEXT, key: KEY }, { status: 201 }));
    await (await ok(sensitiveRequest(), {})).text();
    const errorish = withRequestLog("GET /api/models", async () => Response.json({ code: "internal" }, { status: 500 }));
    await (await errorish(new Request("http://app.test/api/models", { headers: { cookie: COOKIE } }), {})).text();
    expect(parsed().map((e) => e.level)).toEqual(["error", "info", "error"]);
    const all = lines.join("\n");
    for (const secret of [KEY, "CODE-ACCESS-4411", COOKIE, TEXT, "red-circle"]) expect(all).not.toContain(secret);
  });

  it("keeps a sane x-request-id from the proxy in front and replaces anything else", async () => {
    const route = withRequestLog("GET /api/health", () => Response.json({ ok: true }));
    const given = await route(new Request("http://app.test/api/health", { headers: { "x-request-id": "nginx-abc12345" } }), {});
    expect(given.headers.get("x-request-id")).toBe("nginx-abc12345");
    const odd = await route(new Request("http://app.test/api/health", { headers: { "x-request-id": `x ${TEXT}` } }), {});
    expect(odd.headers.get("x-request-id")).not.toContain(TEXT);
    expect(lines.join("\n")).not.toContain(TEXT);
  });

  it("logs a stream the client abandoned, once", async () => {
    let cancelled = false;
    const route = withRequestLog("POST /api/chat", () =>
      new Response(new ReadableStream({ pull: (c) => c.enqueue(new TextEncoder().encode("data: x\n\n")), cancel: () => void (cancelled = true) })),
    );
    const res = await route(sensitiveRequest(), {});
    const reader = res.body!.getReader();
    await reader.read();
    await reader.cancel();
    expect(cancelled).toBe(true);
    expect(parsed()).toEqual([expect.objectContaining({ status: 200, aborted: true })]);
  });
});

describe("requestLine", () => {
  const at = { reqId: "r-12345678", method: "POST", route: "POST /api/chat", status: 429, durationMs: 3 };

  it("carries the envelope's code on a refusal, beside the user", () => {
    expect(requestLine(at, { user: "alice" }, "done", "budget_held")).toEqual({ ...at, user: "alice", code: "budget_held" });
  });

  it("leaves out what was not learnt, and a code on a success", () => {
    expect(requestLine({ ...at, status: 200 }, {}, "done", "budget_held")).toEqual({ ...at, status: 200 });
    expect(requestLine(at, {}, "done")).toEqual(at);
  });

  it("marks a user whose session's code was removed, and only beside a user", () => {
    expect(requestLine({ ...at, status: 204 }, { user: "bob", codeRemoved: true }, "done")).toEqual({ ...at, status: 204, user: "bob", codeRemoved: true });
    expect(requestLine({ ...at, status: 204 }, { codeRemoved: true }, "done")).toEqual({ ...at, status: 204 });
  });

  it("gives a refused sign-in its reason and the client, and the client only with a reason", () => {
    const signIn = { ...at, route: "POST /api/session", status: 401 };
    expect(requestLine(signIn, { reason: "wrong_code", client: "203.0.113.7" }, "done", "unauthorized")).toEqual({ ...signIn, code: "unauthorized", reason: "wrong_code", client: "203.0.113.7" });
    expect(requestLine(signIn, { client: "203.0.113.7" }, "done")).toEqual(signIn);
  });

  it("marks a stream the client left", () => {
    expect(requestLine({ ...at, status: 200 }, { upstream: { status: 200, ms: 5 } }, "aborted")).toEqual({ ...at, status: 200, upstream: { status: 200, ms: 5 }, aborted: true });
  });
});

describe("a route's line", () => {
  it("names the code of the app's error envelope, and the refusal noted on the way", async () => {
    const budget = withRequestLog("POST /api/chat", async () => {
      noteUser("alice");
      return errorResponse(new AppError("budget_exhausted", "Today's budget is spent.", 429));
    });
    await (await budget(new Request("http://app.test/api/chat", { method: "POST" }), {})).text();
    const signIn = withRequestLog("POST /api/session", async () => {
      noteRefusal("throttled", "203.0.113.7");
      return errorResponse(new AppError("rate_limited", "Too many sign-in attempts.", 429, 30));
    });
    await (await signIn(new Request("http://app.test/api/session", { method: "POST" }), {})).text();
    // A body that only looks like an envelope is not read for one.
    const lookalike = withRequestLog("GET /api/models", async () => Response.json({ code: "internal" }, { status: 500 }));
    await (await lookalike(new Request("http://app.test/api/models"), {})).text();
    expect(parsed()).toEqual([
      expect.objectContaining({ route: "POST /api/chat", status: 429, user: "alice", code: "budget_exhausted" }),
      expect.objectContaining({ route: "POST /api/session", status: 429, code: "rate_limited", reason: "throttled", client: "203.0.113.7" }),
      expect.not.objectContaining({ code: expect.anything() }),
    ]);
  });
});
