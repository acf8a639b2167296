import { describe, expect, it } from "vitest";
import { mapUpstreamError, parseResetTime } from "./upstream-errors";

const body = (code: string | number, message = "x") => ({ error: { code, message } });

describe("mapUpstreamError", () => {
  it.each([
    [401, "1001", "upstream_auth"],
    [401, 1002, "upstream_auth"],
    [429, "1113", "upstream_quota"],
    [400, "1211", "upstream_unknown_model"],
    [400, "1214", "upstream_bad_request"],
    [400, "1261", "upstream_prompt_too_long"],
    [400, "1301", "upstream_content_filter"],
    [429, "1302", "upstream_rate_limited"],
    [429, 1303, "upstream_rate_limited"],
    [429, "1305", "upstream_rate_limited"],
    [500, "500", "upstream_unavailable"],
    [500, "1234", "upstream_unavailable"],
    [400, "1234", "upstream_unavailable"],
    [400, "500", "upstream_unavailable"],
    [400, 1200, "upstream_unavailable"],
    [200, "1305", "upstream_rate_limited"],
    [429, "1308", "usage_limit"],
    [400, "1210", "upstream_bad_request"],
    [400, "1213", "upstream_bad_request"],
    [400, "1215", "upstream_bad_request"],
    [404, null, "upstream_misconfigured"],
    [404, "1211", "upstream_unknown_model"],
    [429, null, "upstream_rate_limited"],
    [503, null, "upstream_unavailable"],
  ])("HTTP %s code %s -> %s", (status, code, expected) => {
    expect(mapUpstreamError(status, code === null ? null : body(code)).code).toBe(expected);
  });

  it("with the zai protocol, a 404 without 1211 is a wrong ZAI_BASE_URL, not an unknown model", () => {
    for (const notFound of [null, { error: { code: "404", message: "Not Found" } }, { timestamp: "x", status: 404, error: "Not Found", path: "/api/paas/v3/chat/completions" }]) {
      const e = mapUpstreamError(404, notFound);
      expect(e).toMatchObject({ code: "upstream_misconfigured", status: 502 });
      expect(e.message).toContain("ZAI_BASE_URL");
    }
    expect(mapUpstreamError(404, body("1211"), null, "zai").code).toBe("upstream_unknown_model");
  });

  it("with the openai protocol, vLLM's model 404 is an unknown model and a route 404 a wrong address", () => {
    const vllmOld = { object: "error", message: "The model `glm-9` does not exist.", type: "NotFoundError", param: null, code: 404 };
    const vllmNew = { error: { message: "The model `glm-9` does not exist.", type: "NotFoundError", param: null, code: 404 } };
    for (const b of [vllmOld, vllmNew]) expect(mapUpstreamError(404, b, null, "openai").code).toBe("upstream_unknown_model");
    for (const b of [{ detail: "Not Found" }, null]) expect(mapUpstreamError(404, b, null, "openai").code).toBe("upstream_misconfigured");
  });

  it("never echoes the upstream message, but names a known field", () => {
    const e = mapUpstreamError(400, body("1214", "Invalid temperature: secret-ish detail sk-123"));
    expect(e.message).toContain("temperature");
    expect(e.message).not.toContain("sk-123");
    // Named apart too, for the catalogue's words in other languages.
    expect(e.toEnvelope()).toEqual({ code: "upstream_bad_request", message: e.message, param: "temperature" });
    expect(mapUpstreamError(400, body("1214", "Invalid parameter")).toEnvelope()).not.toHaveProperty("param");
  });

  it("names the most specific field the message mentions, as a whole word", () => {
    const param = (message: string) => mapUpstreamError(400, body("1214", message)).toEnvelope().param;
    expect(param("messages[0].content[1].image_url: unsupported format")).toBe("image_url");
    expect(param("model glm-4.5-air does not support thinking")).toBe("thinking");
    expect(param("max_tokens must be at most 16384 for this model")).toBe("max_tokens");
    expect(param("The request was stopped: messages is empty")).toBe("messages");
    expect(param("Invalid modelname")).toBeUndefined();
  });

  it("says when a 1308 plan cap resets, with no retry hint", () => {
    const e = mapUpstreamError(429, body("1308", "Usage limit reached for 5 hour. Your limit will reset at 2026-08-27 21:31:39"), "5");
    expect(e.message).toContain("resets at 21:31");
    expect(e.message).not.toMatch(/retry in a moment/i);
    expect(e.retryAfterSeconds).toBeUndefined();
    expect(e.toEnvelope()).toEqual({ code: "usage_limit", message: e.message, resetAt: "2026-08-27T13:31:39.000Z" });
  });

  it("reads reset times with an explicit zone, and none at all", () => {
    expect(parseResetTime("reset at 2026-08-27 21:31:39 UTC")?.iso).toBe("2026-08-27T21:31:39.000Z");
    expect(parseResetTime("reset at 2026-08-27T21:31+02:00")?.iso).toBe("2026-08-27T19:31:00.000Z");
    expect(parseResetTime("Usage limit reached")).toBeUndefined();
    // No time given: nothing points at a "then" it never named.
    expect(mapUpstreamError(429, body("1308", "Usage limit reached")).message).toBe("The plan's usage limit is reached. Retrying will not help until it resets.");
  });

  it("honours Retry-After", () => {
    expect(mapUpstreamError(429, body("1302"), "7").retryAfterSeconds).toBe(7);
  });
});
