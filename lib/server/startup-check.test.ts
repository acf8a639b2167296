import { describe, expect, it } from "vitest";
import { isLoopback, openAccessWarning, startupReport } from "./startup-check";

const SECRET = "s".repeat(32);

describe("the check npm start runs before next start", () => {
  it("refuses a bad configuration with every bad variable, in plain words", () => {
    const codes = startupReport({ ACCESS_CODES: "alice:abcd,bob:abcd", SESSION_SECRET: SECRET }, "127.0.0.1");
    expect(codes).toEqual({ error: expect.stringMatching(/^Invalid configuration:\n {2}ACCESS_CODES: alice and bob have the same code.*\nSee \.env\.example/s) });
    const hosts = startupReport({ ALLOWED_HOSTS: "https://chat.example.com" }, "127.0.0.1");
    expect(hosts).toEqual({ error: expect.stringContaining("ALLOWED_HOSTS: \"https://chat.example.com\" is not a host name: write chat.example.com") });
  });

  it("names a variable once when its message already begins with it", () => {
    const report = startupReport({ REDIS_URL: "redis:6379", ZAI_BASE_URL: "api.z.ai" }, "127.0.0.1");
    expect(report).toEqual({ error: expect.stringContaining("\n  REDIS_URL must name a host, such as redis://redis:6379\n") });
    expect(report).toEqual({ error: expect.stringContaining("\n  ZAI_BASE_URL must be an http(s) URL") });
    expect(report).not.toEqual({ error: expect.stringMatching(/REDIS_URL: REDIS_URL|ZAI_BASE_URL: ZAI_BASE_URL/) });
  });

  it("goes on without a word for a good configuration on loopback", () => {
    expect(startupReport({ ZAI_API_KEY: "k" }, "127.0.0.1")).toEqual({ warning: undefined });
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
    expect(startupReport({ ZAI_API_KEY: "k" }, "0.0.0.0")).toEqual({ warning: expect.stringContaining("ACCESS_CODES") });
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
