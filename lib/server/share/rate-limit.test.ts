import { describe, expect, it } from "vitest";
import { TokenBucketLimiter, clientKey } from "./rate-limit";

describe("TokenBucketLimiter", () => {
  it("allows a burst, then refuses with a Retry-After until tokens refill", () => {
    const limiter = new TokenBucketLimiter({ perMinute: 6, burst: 3 });
    const t = 1_000_000;
    expect([1, 2, 3].map(() => limiter.take("a", t).ok)).toEqual([true, true, true]);
    expect(limiter.take("a", t)).toEqual({ ok: false, retryAfterSeconds: 10 });
    expect(limiter.take("a", t + 5_000)).toEqual({ ok: false, retryAfterSeconds: 5 });
    expect(limiter.take("a", t + 10_000).ok).toBe(true);
    expect(limiter.take("a", t + 10_000).ok).toBe(false);
  });

  it("keeps clients apart and never refills above the burst", () => {
    const limiter = new TokenBucketLimiter({ perMinute: 60, burst: 2 });
    limiter.take("a", 0);
    limiter.take("a", 0);
    expect(limiter.take("a", 0).ok).toBe(false);
    expect(limiter.take("b", 0).ok).toBe(true);
    const later = 3_600_000;
    expect([1, 2, 3].map(() => limiter.take("a", later).ok)).toEqual([true, true, false]);
  });

  it("stays bounded in memory under many distinct clients", () => {
    const limiter = new TokenBucketLimiter({ perMinute: 1, burst: 5, maxKeys: 100 });
    for (let i = 0; i < 1000; i++) limiter.take(`ip-${i}`, i);
    expect(limiter.size).toBeLessThanOrEqual(100);
  });
});

describe("clientKey", () => {
  it("takes the first x-forwarded-for entry, then x-real-ip", () => {
    expect(clientKey(new Headers({ "x-forwarded-for": " 203.0.113.7 , 10.0.0.1" }))).toBe("203.0.113.7");
    expect(clientKey(new Headers({ "x-real-ip": "198.51.100.2" }))).toBe("198.51.100.2");
    expect(clientKey(new Headers())).toBe("unknown");
  });
});
