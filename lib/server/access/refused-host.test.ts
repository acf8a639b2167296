import { Writable } from "node:stream";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

vi.mock("server-only", () => ({}));
const pageHeaders = vi.hoisted(() => ({ current: new Headers() }));
vi.mock("next/headers", () => ({ headers: async () => pageHeaders.current }));
vi.mock("next/navigation", () => ({
  notFound: () => {
    throw new Error("NEXT_NOT_FOUND");
  },
}));
Object.assign(process.env, { ALLOWED_HOSTS: "chat.example.com", ACCESS_CODES: "", ZAI_API_KEY: "" });
const { createLogger, setLogger } = await import("@/lib/server/log/logger");
const { guardRequest } = await import("./guard");
const { pageAccess } = await import("./page");
const { resetRefusedHostLog } = await import("./refused-host");

let lines: Array<Record<string, unknown>> = [];
beforeEach(() => {
  lines = [];
  resetRefusedHostLog();
  setLogger(createLogger(new Writable({ write: (c, _e, done) => (lines.push(JSON.parse(String(c))), done()) }), "info"));
});
afterEach(() => setLogger(undefined));

const api = (host: string) => () => guardRequest({ method: "GET", headers: new Headers({ host }) }, { session: false });
const page = async (host: string) => {
  pageHeaders.current = new Headers({ host });
  return pageAccess();
};

describe("a refused host name", () => {
  it("is logged at warn by the API guard, naming the host and ALLOWED_HOSTS", () => {
    expect(api("chat.example.org")).toThrow(/does not answer to that host name/);
    expect(lines).toEqual([expect.objectContaining({ level: "warn", host: "chat.example.org", allowedHosts: ["chat.example.com"], msg: expect.stringContaining("ALLOWED_HOSTS") })]);
  });

  it("is logged by pages too, which otherwise answer a bare 404", async () => {
    await expect(page("10.0.0.5:3000")).rejects.toThrow("NEXT_NOT_FOUND");
    expect(lines).toEqual([expect.objectContaining({ level: "warn", host: "10.0.0.5:3000" })]);
  });

  it("is logged once per distinct host, and a flood of forged hosts is capped", async () => {
    for (let i = 0; i < 3; i++) expect(api("same.example.org")).toThrow();
    await expect(page("same.example.org")).rejects.toThrow();
    expect(lines).toHaveLength(1);
    for (let i = 0; i < 1000; i++) expect(api(`forged-${i}.example.org`)).toThrow();
    expect(lines.length).toBeLessThanOrEqual(50);
    expect(lines.at(-1)).toMatchObject({ more: expect.stringContaining("not logged") });
  });

  it("logs nothing for the allowed host, with or without a port", async () => {
    expect(api("chat.example.com")()).toBeUndefined();
    await expect(page("CHAT.example.com:443")).resolves.toEqual({ private: false });
    expect(lines).toEqual([]);
  });
});
