/**
 * Per-client token bucket for share writes. In memory, per process: with several instances each
 * one limits on its own, which still bounds abuse to N x the rate.
 */

export interface RateLimitOptions {
  /** Tokens added per minute. */
  perMinute: number;
  /** Bucket size: how many writes a client may make in a burst. */
  burst: number;
  /** Entries kept before idle (full) buckets are swept. */
  maxKeys?: number;
}

export type RateDecision = { ok: true } | { ok: false; retryAfterSeconds: number };

interface Bucket {
  tokens: number;
  at: number;
}

export class TokenBucketLimiter {
  private readonly buckets = new Map<string, Bucket>();
  private readonly perMs: number;

  constructor(private readonly options: RateLimitOptions) {
    this.perMs = options.perMinute / 60_000;
  }

  take(key: string, now = Date.now()): RateDecision {
    const bucket = this.refill(key, now);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return { ok: true };
    }
    return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((1 - bucket.tokens) / this.perMs / 1000)) };
  }

  private refill(key: string, now: number): Bucket {
    let bucket = this.buckets.get(key);
    if (!bucket) {
      if (this.buckets.size >= (this.options.maxKeys ?? 10_000)) this.sweep(now);
      bucket = { tokens: this.options.burst, at: now };
      this.buckets.set(key, bucket);
      return bucket;
    }
    bucket.tokens = Math.min(this.options.burst, bucket.tokens + (now - bucket.at) * this.perMs);
    bucket.at = now;
    return bucket;
  }

  /** Drops buckets that have refilled completely: forgetting them changes nothing. */
  private sweep(now: number): void {
    for (const [key, b] of this.buckets) {
      if (b.tokens + (now - b.at) * this.perMs >= this.options.burst) this.buckets.delete(key);
    }
    // Still full of active clients: forget the oldest rather than grow without bound.
    const excess = this.buckets.size - (this.options.maxKeys ?? 10_000) + 1;
    if (excess > 0) for (const key of [...this.buckets.keys()].slice(0, excess)) this.buckets.delete(key);
  }

  get size(): number {
    return this.buckets.size;
  }
}

/**
 * The client as the nearest proxy reports it. Route handlers do not see the socket; `next start`
 * fills x-forwarded-for with the peer address when no proxy set it. Behind a reverse proxy, the
 * proxy must overwrite (not append to) the header for the key to be trustworthy.
 */
export function clientKey(headers: Headers): string {
  const forwarded = headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  return forwarded || headers.get("x-real-ip")?.trim() || "unknown";
}
