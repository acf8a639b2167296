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
  /**
   * Reads the counter under `key` and, if what is left under `limit` allows `ask`, adds its
   * reservation, in one atomic step: two answers (two replicas) can never both take the same
   * tokens. The reservation is also counted as held (by answers still running) until `settle`.
   */
  reserve(key: string, limit: number, ask: BudgetAsk, ttlMs: number, now?: number): Promise<Reservation>;
  /** Replaces a reservation of `amount` under `key` by what the answer `spent`, and stops counting it as held. */
  settle(key: string, amount: number, spent: number, ttlMs: number, now?: number): Promise<void>;
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

/** What an answer asks of a daily budget before it starts (LimitStore.reserve). */
export interface BudgetAsk {
  /** The most it may write (its max_tokens), lowered to what is left; undefined: all that is left. */
  upTo?: number;
  /** Reserved on top of the lowered `upTo`: the prompt's estimate, which cannot be lowered. */
  plus: number;
  /** Refused when less than this is left (at least 1). */
  minLeft: number;
}

/**
 * `left`: what was left before this reservation. Taken: `upTo` (the answer's cap) + `plus` =
 * `amount`. Refused: `held`, how much of the counter answers still running hold (reserved, not yet
 * settled), so a refusal can tell "spent" from "in use until they end".
 */
export type Reservation = { ok: true; left: number; upTo: number; amount: number } | { ok: false; left: number; held: number };

/**
 * How long a reservation counts as held without a settle (refreshed by each reservation): longer
 * than an answer runs. A process that died mid-answer stops making refusals say "in use" after
 * this; its tokens stay counted in the day's counter (errs safe).
 */
export const HELD_TTL_MS = 60 * 60_000;

/** The pure reservation step both backends share (Redis runs the same arithmetic in Lua); `held` is the store's to fill. */
export function reservation(used: number, limit: number, ask: BudgetAsk): Reservation {
  const left = limit - used;
  if (left < Math.max(1, ask.minLeft)) return { ok: false, left, held: 0 };
  const upTo = Math.max(1, Math.min(ask.upTo ?? left, left));
  return { ok: true, left, upTo, amount: upTo + ask.plus };
}
