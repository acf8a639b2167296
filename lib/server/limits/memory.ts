import { bucketTtlMs, refill, reservation, retryAfter, type BudgetAsk, type Bucket, type LimitStore, type RateDecision, type Reservation } from "./types";

interface Entry {
  tokens: number;
  at: number;
  expiresAt: number;
}

/** Limits for a single instance. Bounded: expired entries are swept, then the oldest dropped. */
export class MemoryLimitStore implements LimitStore {
  private readonly buckets = new Map<string, Entry>();
  private readonly counters = new Map<string, { value: number; expiresAt: number }>();
  /** What running answers hold per budget key; an entry goes when its last answer settles (no process to outlive). */
  private readonly held = new Map<string, number>();

  constructor(private readonly maxKeys = 50_000) {}

  async take(key: string, bucket: Bucket, now = Date.now()): Promise<RateDecision> {
    return this.takeNow(key, bucket, now);
  }

  /** `take` without the promise: in-process, nothing to wait for (the chat path's per-request cost). */
  takeNow(key: string, bucket: Bucket, now = Date.now()): RateDecision {
    const old = this.buckets.get(key);
    const state = refill(old && old.expiresAt > now ? old : undefined, bucket, now);
    const ok = state.tokens >= 1;
    const tokens = ok ? state.tokens - 1 : state.tokens;
    if (!old) this.makeRoom(this.buckets, now);
    this.buckets.set(key, { tokens, at: now, expiresAt: now + bucketTtlMs(bucket) });
    return ok ? { ok: true } : { ok: false, retryAfterSeconds: retryAfter(tokens, bucket) };
  }

  async giveBack(key: string, bucket: Bucket, now = Date.now()): Promise<void> {
    const old = this.buckets.get(key);
    if (!old || old.expiresAt <= now) return;
    const state = refill(old, bucket, now);
    this.buckets.set(key, { tokens: Math.min(bucket.burst, state.tokens + 1), at: now, expiresAt: old.expiresAt });
  }

  async add(key: string, amount: number, ttlMs: number, now = Date.now()): Promise<number> {
    return this.addNow(key, amount, ttlMs, now);
  }

  addNow(key: string, amount: number, ttlMs: number, now = Date.now()): number {
    const entry = this.counters.get(key);
    if (entry && entry.expiresAt > now) {
      entry.value += amount;
      return entry.value;
    }
    this.makeRoom(this.counters, now);
    this.counters.set(key, { value: amount, expiresAt: now + ttlMs });
    return amount;
  }

  async get(key: string, now = Date.now()): Promise<number> {
    return this.getNow(key, now);
  }

  getNow(key: string, now = Date.now()): number {
    const entry = this.counters.get(key);
    return entry && entry.expiresAt > now ? entry.value : 0;
  }

  async reserve(key: string, limit: number, ask: BudgetAsk, ttlMs: number, now = Date.now()): Promise<Reservation> {
    return this.reserveNow(key, limit, ask, ttlMs, now);
  }

  /** `reserve` without the promise: synchronous, so nothing can come between the read and the add. */
  reserveNow(key: string, limit: number, ask: BudgetAsk, ttlMs: number, now = Date.now()): Reservation {
    const taken = reservation(this.getNow(key, now), limit, ask);
    if (!taken.ok) return { ...taken, held: this.held.get(key) ?? 0 };
    this.addNow(key, taken.amount, ttlMs, now);
    this.held.set(key, (this.held.get(key) ?? 0) + taken.amount);
    return taken;
  }

  async settle(key: string, amount: number, spent: number, ttlMs: number, now = Date.now()): Promise<void> {
    this.settleNow(key, amount, spent, ttlMs, now);
  }

  settleNow(key: string, amount: number, spent: number, ttlMs: number, now = Date.now()): void {
    if (spent !== amount) this.addNow(key, spent - amount, ttlMs, now);
    const held = (this.held.get(key) ?? 0) - amount;
    if (held > 0) this.held.set(key, held);
    else this.held.delete(key);
  }

  async close(): Promise<void> {}

  private makeRoom(map: Map<string, { expiresAt: number }>, now: number): void {
    if (map.size < this.maxKeys) return;
    for (const [k, v] of map) if (v.expiresAt <= now) map.delete(k);
    const excess = map.size - this.maxKeys + 1;
    if (excess > 0) for (const k of [...map.keys()].slice(0, excess)) map.delete(k);
  }
}
