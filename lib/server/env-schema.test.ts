import { describe, expect, it } from "vitest";
import { parseEnv } from "./env-schema";

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
