import { existsSync, mkdtempSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { isLoopback, openAccessWarning, startupReport } from "./startup-check";

const SECRET = "s".repeat(32);
/** Where the server would run: DATA_DIR (./data by default) is made under it. */
const cwd = mkdtempSync(join(tmpdir(), "glm-startup-check-"));

describe("the check npm start runs before next start", () => {
  it("refuses a bad configuration with every bad variable, in plain words", () => {
    const codes = startupReport({ ACCESS_CODES: "alice:abcd,bob:abcd", SESSION_SECRET: SECRET }, "127.0.0.1", cwd);
    expect(codes).toEqual({ error: expect.stringMatching(/^Invalid configuration:\n {2}ACCESS_CODES: alice and bob have the same code.*\nSee \.env\.example/s) });
    const hosts = startupReport({ ALLOWED_HOSTS: "https://chat.example.com" }, "127.0.0.1", cwd);
    expect(hosts).toEqual({ error: expect.stringContaining("ALLOWED_HOSTS: \"https://chat.example.com\" is not a host name: write chat.example.com") });
  });

  it("names a variable once when its message already begins with it", () => {
    const report = startupReport({ REDIS_URL: "redis:6379", ZAI_BASE_URL: "api.z.ai" }, "127.0.0.1", cwd);
    expect(report).toEqual({ error: expect.stringContaining("\n  REDIS_URL must name a host, such as redis://redis:6379\n") });
    expect(report).toEqual({ error: expect.stringContaining("\n  ZAI_BASE_URL must be an http(s) URL") });
    expect(report).not.toEqual({ error: expect.stringMatching(/REDIS_URL: REDIS_URL|ZAI_BASE_URL: ZAI_BASE_URL/) });
  });

  it("goes on without a word for a good configuration on loopback", () => {
    expect(startupReport({ ZAI_API_KEY: "k" }, "127.0.0.1", cwd)).toEqual({ warning: undefined });
  });
});

describe("the warning for a key open to the network", () => {
  const open = { ZAI_API_KEY: "k", ACCESS_CODES: [] };

  it("warns when listening beyond this machine with a key and no access codes", () => {
    for (const host of ["0.0.0.0", "::", "10.0.0.5", "chat.example.com"]) {
      const warning = openAccessWarning(open, host);
      expect(warning, host).toContain(`listening on ${host}`);
      expect(warning).toMatch(/anyone who can reach this port can chat on your key\. Set ACCESS_CODES/);
    }
    expect(startupReport({ ZAI_API_KEY: "k" }, "0.0.0.0", cwd)).toEqual({ warning: expect.stringContaining("ACCESS_CODES") });
  });

  it("stays quiet on loopback, with access codes, and in demo mode (no key to spend)", () => {
    for (const host of ["127.0.0.1", "127.1.2.3", "localhost", "::1", "[::1]"]) expect(openAccessWarning(open, host), host).toBeUndefined();
    expect(openAccessWarning({ ZAI_API_KEY: "k", ACCESS_CODES: ["alice:abcd"] }, "0.0.0.0")).toBeUndefined();
    expect(openAccessWarning({ ZAI_API_KEY: undefined, ACCESS_CODES: [] }, "0.0.0.0")).toBeUndefined();
  });

  it("tells loopback from the rest", () => {
    expect(["127.0.0.1", "LOCALHOST", "::1"].every(isLoopback)).toBe(true);
    expect(["0.0.0.0", "::", "128.0.0.1", "127.0.0.1.example.com", "localhost.example.com"].some(isLoopback)).toBe(false);
  });
});

describe("DATA_DIR, where the SQLite share store lives", () => {
  const dir = () => mkdtempSync(join(tmpdir(), "glm-data-dir-"));

  it("refuses a DATA_DIR that is a file, or under one, naming DATA_DIR and the path", () => {
    const root = dir();
    writeFileSync(join(root, "a-file"), "");
    expect(startupReport({ DATA_DIR: "a-file" }, "127.0.0.1", root)).toEqual({
      error: expect.stringContaining(`\n  DATA_DIR: ${join(root, "a-file")} is a file, not a directory; point DATA_DIR at a directory`),
    });
    expect(startupReport({ DATA_DIR: join(root, "a-file", "data") }, "127.0.0.1", "/")).toEqual({
      error: expect.stringContaining(`DATA_DIR: ${join(root, "a-file", "data")} is under a file, not a directory`),
    });
  });

  it("makes a missing DATA_DIR, relative to where the server runs, and goes on", () => {
    const root = dir();
    expect(startupReport({ DATA_DIR: "nested/data" }, "127.0.0.1", root)).toEqual({ warning: undefined });
    expect(statSync(join(root, "nested", "data")).isDirectory()).toBe(true);
  });

  it("leaves DATA_DIR alone when shares go to PostgreSQL", () => {
    const root = dir();
    writeFileSync(join(root, "a-file"), "");
    const report = startupReport({ DATA_DIR: "a-file", DATABASE_URL: "postgres://db/glm" }, "127.0.0.1", root);
    expect(report).toEqual({ warning: undefined });
    expect(existsSync(join(root, "data"))).toBe(false);
  });
});
