import { Writable } from "node:stream";
import pino from "pino";
import { afterEach, describe, expect, it, vi } from "vitest";
import { createLogger, getLogger, getRequestLineLogger, isoTime, setLogger } from "./logger";

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
