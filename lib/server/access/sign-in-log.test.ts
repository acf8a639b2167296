import { Writable } from "node:stream";
import { beforeEach, describe, expect, it, vi } from "vitest";

vi.mock("server-only", () => ({}));
// A private server behind one proxy (TRUST_PROXY_HOPS=1), two sign-in attempts a minute.
Object.assign(process.env, {
  ZAI_API_KEY: "",
  ACCESS_CODES: "alice:alice-CODE-4411",
  SESSION_SECRET: "s".repeat(40),
  TRUST_PROXY_HOPS: "1",
  SIGN_IN_ATTEMPTS_PER_MINUTE: "2",
  ALLOWED_HOSTS: "app.test",
});
const { POST, DELETE } = await import("@/app/api/session/route");
const { createLogger, setLogger } = await import("@/lib/server/log/logger");
const { codeTag, signSession } = await import("./session-token");
const { SESSION_COOKIE } = await import("./cookie");

let lines: string[] = [];
beforeEach(() => {
  lines = [];
  setLogger(createLogger(new Writable({ write: (c, _e, done) => (lines.push(...String(c).split("\n").filter(Boolean)), done()) }), "info"));
});

const TYPED = "typed-GUESS-8f3a";
/** The proxy appended 203.0.113.7; 198.51.100.1 is what the client claimed itself. */
const signIn = (code: string, client = "203.0.113.7") =>
  POST(
    new Request("http://app.test/api/session", {
      method: "POST",
      headers: { host: "app.test", "content-type": "application/json", "x-forwarded-for": `198.51.100.1, ${client}` },
      body: JSON.stringify({ code }),
    }),
    {},
  );
const line = () => {
  expect(lines).toHaveLength(1);
  return JSON.parse(lines[0]) as Record<string, unknown>;
};

describe("the sign-in route's log lines", () => {
  it("a wrong code: the envelope's code, the reason and the client the throttle keys on, never what was typed", async () => {
    const res = await signIn(TYPED);
    expect(res.status).toBe(401);
    await res.text();
    expect(line()).toMatchObject({ route: "POST /api/session", status: 401, code: "unauthorized", reason: "wrong_code", client: "203.0.113.7" });
    expect(line()).not.toHaveProperty("user");
    // Not the typed code, nor the address the client could forge.
    expect(lines[0]).not.toContain(TYPED);
    expect(lines[0]).not.toContain("198.51.100.1");
  });

  it("throttled: 429 with rate_limited and the reason", async () => {
    const client = "203.0.113.8";
    for (let i = 0; i < 2; i++) await (await signIn(`${TYPED}-${i}`, client)).text();
    lines = [];
    const res = await signIn(TYPED, client);
    expect(res.status).toBe(429);
    await res.text();
    expect(line()).toMatchObject({ status: 429, code: "rate_limited", reason: "throttled", client });
    expect(lines[0]).not.toContain(TYPED);
  });

  it("signed in and out: the user on both lines, no code, reason or address, and not the access code", async () => {
    const res = await signIn("alice-CODE-4411", "203.0.113.9");
    expect(res.status).toBe(200);
    const cookie = res.headers.get("set-cookie")!.split(";")[0];
    await res.text();
    const entry = line();
    expect(entry).toMatchObject({ route: "POST /api/session", status: 200, user: "alice" });
    for (const field of ["code", "reason", "client"]) expect(entry).not.toHaveProperty(field);
    expect(lines[0]).not.toContain("alice-CODE-4411");
    lines = [];
    const out = await DELETE(new Request("http://app.test/api/session", { method: "DELETE", headers: { host: "app.test", cookie } }), {});
    expect(out.status).toBe(204);
    await out.text();
    expect(line()).toMatchObject({ route: "DELETE /api/session", status: 204, user: "alice" });
    expect(lines[0]).not.toContain(cookie.split("=")[1]);
  });

  it("signed out with a session whose code was removed since: the name it was signed for, marked so", async () => {
    // bob signed in with bob-OLD-CODE, then his entry left ACCESS_CODES (only alice is listed).
    const signOut = async (secret: string) => {
      const token = signSession({ user: "bob", tag: codeTag("bob-OLD-CODE", secret), exp: Date.now() + 60_000 }, secret);
      const out = await DELETE(new Request("http://app.test/api/session", { method: "DELETE", headers: { host: "app.test", cookie: `${SESSION_COOKIE}=${token}` } }), {});
      expect(out.status).toBe(204);
      await out.text();
      return line();
    };
    expect(await signOut("s".repeat(40))).toMatchObject({ route: "DELETE /api/session", status: 204, user: "bob", codeRemoved: true });
    // A cookie this server never signed names no one.
    lines = [];
    const forged = await signOut("f".repeat(40));
    expect(forged).not.toHaveProperty("user");
    expect(forged).not.toHaveProperty("codeRemoved");
  });
});
