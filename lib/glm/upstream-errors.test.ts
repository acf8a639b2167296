import { describe, expect, it } from "vitest";
import { mapUpstreamError } from "./upstream-errors";

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
    [503, null, "upstream_unavailable"],
  ])("HTTP %s code %s -> %s", (status, code, expected) => {
    expect(mapUpstreamError(status, code === null ? null : body(code)).code).toBe(expected);
  });

  it("never echoes the upstream message, but names a known field", () => {
    const e = mapUpstreamError(400, body("1214", "Invalid temperature: secret-ish detail sk-123"));
    expect(e.message).toContain("temperature");
    expect(e.message).not.toContain("sk-123");
  });

  it("honours Retry-After", () => {
    expect(mapUpstreamError(429, body("1302"), "7").retryAfterSeconds).toBe(7);
  });
});
