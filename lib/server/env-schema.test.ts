import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseEnv, readEnv } from "./env-schema";

describe("parseEnv", () => {
  it("defaults to Z.ai, the zai protocol and demo mode", () => {
    const env = parseEnv({});
    expect(env.ZAI_BASE_URL).toBe("https://api.z.ai/api/paas/v4");
    expect(env.ZAI_PROTOCOL).toBe("zai");
    expect(env.ZAI_API_KEY).toBeUndefined();
    expect(env.CHAT_BODY_LIMIT_MB).toBe(40);
    expect(env.SHUTDOWN_GRACE_S).toBe(20);
  });

  it("names the bad variable", () => {
    expect(() => parseEnv({ ZAI_PROTOCOL: "grpc" })).toThrow(/ZAI_PROTOCOL/);
    expect(() => parseEnv({ ZAI_BASE_URL: "not a url" })).toThrow(/ZAI_BASE_URL/);
    expect(() => parseEnv({ ZAI_BASE_URL: "ftp://x" })).toThrow(/ZAI_BASE_URL/);
    expect(() => parseEnv({ PORT: "eighty" })).toThrow(/PORT/);
    expect(() => parseEnv({ SHUTDOWN_GRACE_S: "-1" })).toThrow(/SHUTDOWN_GRACE_S/);
  });

  it("strips a trailing slash from the base URL", () => {
    expect(parseEnv({ ZAI_BASE_URL: "http://gpu:8000/v1/" }).ZAI_BASE_URL).toBe("http://gpu:8000/v1");
  });
});

describe("PUBLIC_URL and LOG_LEVEL", () => {
  it("accepts an http(s) address and drops a trailing slash", () => {
    expect(parseEnv({ PUBLIC_URL: "https://chat.example.com/" }).PUBLIC_URL).toBe("https://chat.example.com");
    expect(parseEnv({}).PUBLIC_URL).toBeUndefined();
  });

  it("refuses anything that is not a plain http(s) address", () => {
    for (const bad of ["chat.example.com", "javascript:alert(1)", "ftp://x", "https://x/?a=1", "https://u:p@x", "https://x/#f"]) {
      expect(() => parseEnv({ PUBLIC_URL: bad }), bad).toThrow(/PUBLIC_URL/);
    }
  });

  it("defaults the log level to info and names a bad one", () => {
    expect(parseEnv({}).LOG_LEVEL).toBe("info");
    expect(() => parseEnv({ LOG_LEVEL: "loud" })).toThrow(/LOG_LEVEL/);
  });
});

describe("ALLOWED_HOSTS", () => {
  it("accepts host names, IP addresses and IPv6 literals, with or without a port", () => {
    const hosts = "chat.example.com, localhost:3000, 10.0.0.5, [::1]:8080, Chat-1.Example.com";
    expect(parseEnv({ ALLOWED_HOSTS: hosts }).ALLOWED_HOSTS).toEqual(["chat.example.com", "localhost:3000", "10.0.0.5", "[::1]:8080", "Chat-1.Example.com"]);
  });

  it("refuses a URL or a path, naming the entry and what to write instead", () => {
    expect(() => parseEnv({ ALLOWED_HOSTS: "https://chat.example.com" })).toThrow(/ALLOWED_HOSTS: .*write chat\.example\.com, not https:\/\/chat\.example\.com/);
    expect(() => parseEnv({ ALLOWED_HOSTS: "ok.example.com,chat.example.com/" })).toThrow(/ALLOWED_HOSTS: .*write chat\.example\.com, not chat\.example\.com\//);
    expect(() => parseEnv({ ALLOWED_HOSTS: "http://chat.example.com:8080/app" })).toThrow(/write chat\.example\.com:8080, not/);
  });

  it("refuses anything else that is not a host name", () => {
    for (const bad of ["*.example.com", "chat example.com", "chat.example.com:99999", "chat.example.com:", "-bad.example.com", "user@chat.example.com"]) {
      expect(() => parseEnv({ ALLOWED_HOSTS: bad }), bad).toThrow(/ALLOWED_HOSTS: "[^"]*" is not a host name/);
    }
  });
});

describe("ACCESS_CODES", () => {
  const SESSION_SECRET = "s".repeat(32);
  const refusal = (ACCESS_CODES: string) => {
    try {
      parseEnv({ ACCESS_CODES, SESSION_SECRET });
    } catch (error) {
      return (error as Error).message;
    }
    return undefined;
  };

  it("refuses one code under two names, naming both users and never the code", () => {
    const message = refusal("alice:abcd,bob:abcd");
    expect(message).toMatch(/ACCESS_CODES: alice and bob have the same code/);
    expect(message).not.toContain("abcd");
    expect(refusal("alice:abcd, wxyz ,abcd")).toMatch(/alice and the bare code in the 3rd entry are the same code/);
    expect(refusal("alice:abcd,alice:abcd")).toMatch(/alice is listed twice/);
  });

  it("refuses a name that is also the name a bare code gets", () => {
    expect(refusal("user2:abcd,efgh")).toMatch(/ACCESS_CODES: the name user2 is also the name given to the bare code in the 2nd entry/);
  });

  it("a SESSION_SECRET that is the docs' shell command, copied into .env.local, is named as a command, not as unset", () => {
    for (const copied of ["$(openssl rand -hex 32)", "(openssl rand -hex 32)", "`openssl rand -hex 32`"]) {
      expect(() => parseEnv({ ACCESS_CODES: "alice:abcd", SESSION_SECRET: copied }), copied).toThrow(/SESSION_SECRET: holds a shell command, not a secret: \.env\.local does not run commands/);
    }
    expect(() => parseEnv({ ACCESS_CODES: "alice:abcd", SESSION_SECRET: "short" })).toThrow(/SESSION_SECRET: must be set to at least 32 characters/);
  });

  it("accepts distinct codes, and several codes for one name (a code being rotated)", () => {
    expect(refusal("alice:abcd,bob:efgh,ijkl")).toBeUndefined();
    expect(refusal("alice:old-code,alice:new-code")).toBeUndefined();
  });
});

describe("REDIS_URL", () => {
  it("refuses a URL without a host, such as redis:6379", () => {
    expect(() => parseEnv({ REDIS_URL: "redis:6379" })).toThrow(/REDIS_URL: must name a host|REDIS_URL must name a host/);
    expect(parseEnv({ REDIS_URL: "redis://redis:6379" }).REDIS_URL).toBe("redis://redis:6379");
  });
});

describe("refusals in the operator's words", () => {
  const problems = (source: Record<string, string>) => {
    const read = readEnv(source);
    return "problems" in read ? read.problems : [];
  };

  it("names a price setting once, though its parser's words begin with it", () => {
    expect(problems({ MODEL_PRICES_FILE: "/nonexistent" })).toEqual(["MODEL_PRICES_FILE: cannot read /nonexistent"]);
    expect(problems({ MODEL_PRICES: "glm-4.5v=abc" })[0]).toMatch(/^MODEL_PRICES: cannot read "glm-4\.5v=abc"/);
    const file = join(mkdtempSync(join(tmpdir(), "glm-prices-")), "prices.txt");
    writeFileSync(file, "glm-4.5v=abc\n");
    expect(problems({ MODEL_PRICES_FILE: file })[0]).toMatch(new RegExp(`^MODEL_PRICES_FILE \\(${file}\\): cannot read`));
  });

  it("says what range a number must fall in, not that a number must be a number", () => {
    for (const PORT of ["99999", "-1", "0", "3.5", "abc"]) expect(problems({ PORT })).toEqual(["PORT must be a port number from 1 to 65535"]);
    for (const TRUST_PROXY_HOPS of ["-1", "11", "1.5"]) expect(problems({ TRUST_PROXY_HOPS })[0]).toMatch(/^TRUST_PROXY_HOPS must be a whole number from 0 to 10/);
    expect(problems({ USER_DAILY_TOKENS: "0" })).toEqual(["USER_DAILY_TOKENS must be at least 1 token; leave it unset for no daily budget"]);
    expect(problems({ SHARE_RATE_BURST: "0" })).toEqual(["SHARE_RATE_BURST must be at least 1"]);
  });

  it("refuses ACCESS_CODES that is set but lists no code, rather than leave the server open", () => {
    for (const ACCESS_CODES of [",", " , ", ",,"]) {
      expect(problems({ ACCESS_CODES })).toEqual(["ACCESS_CODES is set but lists no code: remove it to run without sign-in, or list the codes"]);
    }
    expect(parseEnv({ ACCESS_CODES: "" }).ACCESS_CODES).toEqual([]);
    expect(parseEnv({ ACCESS_CODES: "  " }).ACCESS_CODES).toEqual([]);
    expect(parseEnv({ ACCESS_CODES: "alice:code-1,", SESSION_SECRET: "s".repeat(32) }).ACCESS_CODES).toEqual(["alice:code-1"]);
  });
});
