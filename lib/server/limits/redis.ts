import { Redis } from "ioredis";
import { bucketTtlMs, HELD_TTL_MS, retryAfter, type BudgetAsk, type Bucket, type LimitStore, type RateDecision, type Reservation } from "./types";

// The same refill arithmetic as types.ts `refill`, atomic on the server so instances share it.
// KEYS[1] bucket; ARGV: now, perMinute, burst, ttlMs. Returns {ok, tokens*1000}.
const TAKE = `
local s = redis.call('HMGET', KEYS[1], 't', 'a')
local now = tonumber(ARGV[1]); local perMs = tonumber(ARGV[2]) / 60000; local burst = tonumber(ARGV[3])
local tokens = burst
if s[1] then tokens = math.min(burst, tonumber(s[1]) + math.max(0, now - tonumber(s[2])) * perMs) end
local ok = 0
if tokens >= 1 then tokens = tokens - 1; ok = 1 end
redis.call('HSET', KEYS[1], 't', tostring(tokens), 'a', tostring(now))
redis.call('PEXPIRE', KEYS[1], ARGV[4])
return {ok, math.floor(tokens * 1000)}
`;

// KEYS[1] bucket; ARGV: now, perMinute, burst. A missing bucket is full already: nothing to return.
const GIVE_BACK = `
local s = redis.call('HMGET', KEYS[1], 't', 'a')
if not s[1] then return 0 end
local now = tonumber(ARGV[1]); local perMs = tonumber(ARGV[2]) / 60000; local burst = tonumber(ARGV[3])
local tokens = math.min(burst, tonumber(s[1]) + math.max(0, now - tonumber(s[2])) * perMs + 1)
redis.call('HSET', KEYS[1], 't', tostring(tokens), 'a', tostring(now))
return 1
`;

// KEYS[1] counter; ARGV: amount, ttlMs. The lifetime is set once, when the counter is created.
const ADD = `
local v = redis.call('INCRBY', KEYS[1], ARGV[1])
if v == tonumber(ARGV[1]) then redis.call('PEXPIRE', KEYS[1], ARGV[2]) end
return v
`;

// The same arithmetic as types.ts `reservation`, read and add in one script so two replicas cannot
// both take the same tokens. KEYS[1] counter, KEYS[2] what running answers hold of it; ARGV: limit,
// upTo (-1: none), plus, minLeft, ttlMs, heldTtlMs. Returns {ok, left, upTo or held}.
const RESERVE = `
local left = tonumber(ARGV[1]) - tonumber(redis.call('GET', KEYS[1]) or '0')
if left < math.max(1, tonumber(ARGV[4])) then return {0, left, tonumber(redis.call('GET', KEYS[2]) or '0')} end
local upTo = tonumber(ARGV[2])
if upTo < 0 or upTo > left then upTo = left end
upTo = math.max(1, upTo)
local amount = upTo + tonumber(ARGV[3])
local v = redis.call('INCRBY', KEYS[1], amount)
if v == amount then redis.call('PEXPIRE', KEYS[1], ARGV[5]) end
redis.call('INCRBY', KEYS[2], amount)
redis.call('PEXPIRE', KEYS[2], ARGV[6])
return {1, left, upTo}
`;

// KEYS as RESERVE's; ARGV: spent - amount, amount, ttlMs. A held count gone below zero (it expired
// while the answer ran) is dropped rather than kept negative.
const SETTLE = `
local delta = tonumber(ARGV[1])
if delta ~= 0 then
  local v = redis.call('INCRBY', KEYS[1], delta)
  if v == delta then redis.call('PEXPIRE', KEYS[1], ARGV[3]) end
end
if redis.call('DECRBY', KEYS[2], ARGV[2]) <= 0 then redis.call('DEL', KEYS[2]) end
return 1
`;

/** Limits shared by every instance that points at the same Redis. */
export class RedisLimitStore implements LimitStore {
  private readonly redis: Redis;

  constructor(url: string, private readonly prefix = "glmchat:") {
    // Fail fast rather than queue: a limit check must not hang a request while Redis is away.
    this.redis = new Redis(url, { maxRetriesPerRequest: 1, enableOfflineQueue: true, lazyConnect: false, connectTimeout: 2000 });
    this.redis.on("error", () => {});
  }

  async take(key: string, bucket: Bucket, now = Date.now()): Promise<RateDecision> {
    const [ok, milli] = (await this.redis.eval(TAKE, 1, this.prefix + "b:" + key, now, bucket.perMinute, bucket.burst, bucketTtlMs(bucket))) as [number, number];
    if (ok === 1) return { ok: true };
    return { ok: false, retryAfterSeconds: retryAfter(milli / 1000, bucket) };
  }

  async giveBack(key: string, bucket: Bucket, now = Date.now()): Promise<void> {
    await this.redis.eval(GIVE_BACK, 1, this.prefix + "b:" + key, now, bucket.perMinute, bucket.burst);
  }

  async add(key: string, amount: number, ttlMs: number): Promise<number> {
    return Number(await this.redis.eval(ADD, 1, this.prefix + "c:" + key, Math.round(amount), Math.max(1, Math.round(ttlMs))));
  }

  async get(key: string): Promise<number> {
    return Number((await this.redis.get(this.prefix + "c:" + key)) ?? 0);
  }

  async reserve(key: string, limit: number, ask: BudgetAsk, ttlMs: number): Promise<Reservation> {
    const plus = Math.round(ask.plus);
    const upToArg = ask.upTo === undefined ? -1 : Math.round(ask.upTo);
    const [ok, left, third] = (await this.redis.eval(RESERVE, 2, this.prefix + "c:" + key, this.prefix + "h:" + key, Math.round(limit), upToArg, plus, Math.round(ask.minLeft), Math.max(1, Math.round(ttlMs)), HELD_TTL_MS)) as [number, number, number];
    return ok === 1 ? { ok: true, left, upTo: third, amount: third + plus } : { ok: false, left, held: Math.max(0, third) };
  }

  async settle(key: string, amount: number, spent: number, ttlMs: number): Promise<void> {
    await this.redis.eval(SETTLE, 2, this.prefix + "c:" + key, this.prefix + "h:" + key, Math.round(spent - amount), Math.round(amount), Math.max(1, Math.round(ttlMs)));
  }

  async ping(): Promise<boolean> {
    return (await this.redis.ping().catch(() => "")) === "PONG";
  }

  async close(): Promise<void> {
    await this.redis.quit().catch(() => this.redis.disconnect());
  }
}
