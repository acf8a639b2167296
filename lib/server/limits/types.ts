/**
 * The shared state behind limits, budgets and sign-in throttling. Two backends fulfil the same
 * contract (limits/contract.test.ts): in memory for one instance, Redis for several.
 */

export interface Bucket {
  /** Tokens added per minute. */
  perMinute: number;
  /** The most tokens a bucket holds: how many requests a client may make in a burst. */
  burst: number;
}

export type RateDecision = { ok: true } | { ok: false; retryAfterSeconds: number };

export interface LimitStore {
  /** Takes one token from the bucket under `key`; refused with the wait until one is back. */
  take(key: string, bucket: Bucket, now?: number): Promise<RateDecision>;
  /** Puts one token back (up to the burst): an attempt that turned out not to count. */
  giveBack(key: string, bucket: Bucket, now?: number): Promise<void>;
  /** Adds `amount` to the counter under `key` (created with a lifetime of `ttlMs`); the new total. */
  add(key: string, amount: number, ttlMs: number): Promise<number>;
  /** The counter under `key`, 0 when absent or expired. */
  get(key: string, now?: number): Promise<number>;
  close(): Promise<void>;
}

/** The pure refill step both backends share (Redis runs the same arithmetic in Lua). */
export function refill(state: { tokens: number; at: number } | undefined, bucket: Bucket, now: number) {
  const perMs = bucket.perMinute / 60_000;
  if (!state) return { tokens: bucket.burst, at: now };
  return { tokens: Math.min(bucket.burst, state.tokens + Math.max(0, now - state.at) * perMs), at: now };
}

export function retryAfter(tokens: number, bucket: Bucket): number {
  return Math.max(1, Math.ceil((1 - tokens) / (bucket.perMinute / 60_000) / 1000));
}

/** How long a bucket matters: after this long untouched it is full again, so it can be forgotten. */
export function bucketTtlMs(bucket: Bucket): number {
  return Math.ceil((bucket.burst / bucket.perMinute) * 60_000) + 1000;
}
