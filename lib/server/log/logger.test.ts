import { Writable } from "node:stream";
import pino from "pino";
import { afterEach, describe, expect, it, vi } from "vitest";
import { createLogger, getLogger, getRequestLineLogger, isoTime, safeError, setLogger } from "./logger";
import { secretsOf } from "./redact";

afterEach(() => {
  vi.restoreAllMocks();
  setLogger(undefined);
});

describe("the logger", () => {
  it("stamps the same time text as pino's isoTime, across second and day boundaries", () => {
    for (const ms of [Date.UTC(2026, 11, 1, 23, 59, 59, 999), Date.UTC(2026, 11, 2, 0, 0, 0, 0), Date.UTC(2026, 11, 2, 0, 0, 0, 7), Date.UTC(2024, 1, 29, 12, 0, 1, 50)]) {
      vi.spyOn(Date, "now").mockReturnValue(ms);
      expect(isoTime()).toBe(pino.stdTimeFunctions.isoTime());
    }
  });

  it("writes request lines like any other, without the redaction net the shared logger keeps", () => {
    const lines: Array<Record<string, unknown>> = [];
    setLogger(createLogger(new Writable({ write: (c, _e, done) => (lines.push(JSON.parse(String(c))), done()) }), "info"));
    getRequestLineLogger().info({ reqId: "r1", status: 200 }, "request");
    getLogger().info({ headers: { authorization: "Bearer secret" } }, "other");
    expect(lines[0]).toMatchObject({ level: "info", service: "glm-chat", reqId: "r1", status: 200, msg: "request", time: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/) });
    expect(lines[1]).toMatchObject({ headers: { authorization: "[redacted]" } });
    expect(getRequestLineLogger()).toBe(getRequestLineLogger());
  });
});

describe("safeError", () => {
  const env = { ZAI_API_KEY: "zk-live-1234567890", ZAI_BASE_URL: "https://proxy.example.com/t/tok-abc/v4?sig=s3cret" };

  it("keeps the message that names the path or address, with the code and frames", () => {
    const error = Object.assign(new Error("ENOTDIR: not a directory, mkdir '/srv/data/shares'"), { code: "ENOTDIR" });
    expect(safeError(error, secretsOf(env))).toEqual({ type: "Error", code: "ENOTDIR", message: "ENOTDIR: not a directory, mkdir '/srv/data/shares'", stack: expect.stringContaining("at ") });
  });

  it("never carries the key or a URL's secrets", () => {
    const error = new Error(`upstream ${env.ZAI_BASE_URL} refused Bearer ${env.ZAI_API_KEY}`);
    const logged = JSON.stringify(safeError(error, secretsOf(env)));
    expect(logged).toContain("upstream https://proxy.example.com refused Bearer [redacted]");
    expect(logged).not.toMatch(/zk-live|tok-abc|s3cret/);
  });

  it("goes into a log line as it is, and an Error logged under err goes through it", () => {
    const lines: Array<Record<string, unknown>> = [];
    setLogger(createLogger(new Writable({ write: (c, _e, done) => (lines.push(JSON.parse(String(c))), done()) }), "info"));
    const error = Object.assign(new Error(`connect ECONNREFUSED 10.0.0.9:6379 (key ${env.ZAI_API_KEY})`), { code: "ECONNREFUSED" });
    getLogger().error({ err: safeError(error, secretsOf(env)) }, "one");
    vi.stubEnv("ZAI_API_KEY", env.ZAI_API_KEY);
    try {
      getRequestLineLogger().error({ err: error }, "two");
    } finally {
      vi.unstubAllEnvs();
    }
    for (const line of lines) expect(line.err).toEqual({ type: "Error", code: "ECONNREFUSED", message: "connect ECONNREFUSED 10.0.0.9:6379 (key [redacted])", stack: expect.any(String) });
    expect(lines).toHaveLength(2);
  });

  it("reads the secrets from the environment by default", () => {
    vi.stubEnv("ZAI_API_KEY", "zk-from-env-987654");
    try {
      expect(safeError(new Error("key zk-from-env-987654 rejected")).message).toBe("key [redacted] rejected");
    } finally {
      vi.unstubAllEnvs();
    }
  });

  it("names the address an AggregateError or a cause holds (fetch failed, dual-stack connect)", () => {
    const attempts = [new Error("connect ECONNREFUSED ::1:6379"), new Error("connect ECONNREFUSED 127.0.0.1:6379")];
    expect(safeError(Object.assign(new AggregateError(attempts, ""), { code: "ECONNREFUSED" })).message).toBe("connect ECONNREFUSED ::1:6379; connect ECONNREFUSED 127.0.0.1:6379");
    const failed = new TypeError("fetch failed", { cause: Object.assign(new Error("getaddrinfo ENOTFOUND api.example.com"), { code: "ENOTFOUND" }) });
    expect(safeError(failed)).toMatchObject({ type: "TypeError", message: "fetch failed", cause: { type: "Error", code: "ENOTFOUND", message: "getaddrinfo ENOTFOUND api.example.com" } });
  });
});
