import { describe, expect, it } from "vitest";
import { redactMessage, secretsOf } from "./redact";

describe("an error message made fit for the log", () => {
  it("keeps what names the path or the address", () => {
    expect(redactMessage("ENOTDIR: not a directory, mkdir '/srv/data/shares'", [])).toBe("ENOTDIR: not a directory, mkdir '/srv/data/shares'");
    expect(redactMessage("connect ECONNREFUSED 10.0.0.9:6379", [])).toBe("connect ECONNREFUSED 10.0.0.9:6379");
  });

  it("takes out the key, the session secret, access codes and URL passwords", () => {
    const env = { ZAI_API_KEY: "zk-live-1234567890", SESSION_SECRET: "x".repeat(32), ACCESS_CODES: "alice:correct-horse,battery", DATABASE_URL: "postgres://app:p%40ss-word@db:5432/chat", REDIS_URL: "redis://redis:6379" };
    const secrets = secretsOf(env);
    expect(secrets).toEqual(["zk-live-1234567890", "x".repeat(32), "correct-horse", "battery", "p@ss-word"]);
    const text = redactMessage("Bearer zk-live-1234567890 refused; code correct-horse, battery; password p@ss-word", secrets);
    expect(text).toBe("Bearer [redacted] refused; code [redacted], [redacted]; password [redacted]");
  });

  it("cuts a URL down to its scheme and host: no credentials, path or query", () => {
    const text = redactMessage("request to https://bob:hunter22@gw.example.com:8443/v1/tok-abc/chat?key=s3cret#x failed (see postgres://u:pw@db/chat)", []);
    expect(text).toBe("request to https://gw.example.com:8443 failed (see postgres://db)");
    expect(text).not.toMatch(/hunter22|tok-abc|s3cret|pw@/);
  });

  it("drops the input JSON.parse quotes, which can be a chat message", () => {
    for (const body of ["my secret prompt", "x".repeat(100), 'he said "hi" to me']) {
      let message = "";
      try {
        JSON.parse(body);
      } catch (error) {
        message = (error as Error).message;
      }
      const text = redactMessage(message, []);
      expect(text).toMatch(/is not valid JSON$/);
      expect(text).not.toMatch(/secret prompt|xxxx|said/);
    }
  });

  it("bounds a long message", () => {
    expect(redactMessage("a".repeat(5000), []).length).toBeLessThanOrEqual(501);
  });
});
