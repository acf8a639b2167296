/** The process-wide limit store and the policies routes apply. Server code only. */
import "server-only";
import { AppError } from "@/lib/errors";
import { getEnv } from "@/lib/server/env";
import { MemoryLimitStore } from "./memory";
import { RedisLimitStore } from "./redis";
import type { Bucket, LimitStore } from "./types";

// On globalThis: route bundles may each get their own copy of this module.
const globals = ((globalThis as { __glmLimits?: { store?: LimitStore } }).__glmLimits ??= {});

export function getLimitStore(): LimitStore {
  if (!globals.store) {
    const env = getEnv();
    globals.store = env.REDIS_URL ? new RedisLimitStore(env.REDIS_URL, env.REDIS_KEY_PREFIX) : new MemoryLimitStore();
  }
  return globals.store;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** A limit check that cannot reach Redis refuses (503) rather than letting everything through. */
async function withStore<T>(work: (store: LimitStore) => Promise<T>): Promise<T> {
  try {
    return await work(getLimitStore());
  } catch (error) {
    if (error instanceof AppError) throw error;
    console.error("limit store unreachable", error);
    throw new AppError("server_busy", "The server cannot check its limits right now. Retry in a moment.", 503, 5);
  }
}

async function take(key: string, bucket: Bucket, message: string): Promise<void> {
  const decision = await withStore((s) => s.take(key, bucket));
  if (!decision.ok) throw new AppError("rate_limited", message, 429, decision.retryAfterSeconds);
}

export function checkChatRate(subject: string): Promise<void> {
  const perMinute = getEnv().CHAT_RATE_PER_MINUTE;
  return take(`chat:${subject}`, { perMinute, burst: perMinute }, "Too many messages in a short time: wait a moment and send again.");
}

export function checkSignInRate(client: string): Promise<void> {
  const perMinute = getEnv().SIGN_IN_ATTEMPTS_PER_MINUTE;
  return take(`signin:${client}`, { perMinute, burst: perMinute }, "Too many sign-in attempts: wait a minute and try again.");
}

export function checkShareRate(client: string): Promise<void> {
  const env = getEnv();
  return take(`share:${client}`, { perMinute: env.SHARE_RATE_PER_MINUTE, burst: env.SHARE_RATE_BURST }, "Too many shares from this address: wait a moment and try again.");
}

const utcDay = (now: number) => new Date(now).toISOString().slice(0, 10);
const secondsToMidnight = (now: number) => Math.max(1, Math.ceil((DAY_MS - (now % DAY_MS)) / 1000));

/** Refuses a chat when the subject's daily token budget (USER_DAILY_TOKENS) is spent. */
export async function checkBudget(subject: string, now = Date.now()): Promise<void> {
  const budget = getEnv().USER_DAILY_TOKENS;
  if (!budget) return;
  const used = await withStore((s) => s.get(`tokens:${utcDay(now)}:${subject}`));
  if (used >= budget) {
    throw new AppError(
      "budget_exhausted",
      `You have used today's budget of ${budget.toLocaleString("en")} tokens. It resets at midnight UTC.`,
      429,
      secondsToMidnight(now),
    );
  }
}

/** Counts what upstream reported using; never fails the stream it is called from. */
export function recordUsage(subject: string, tokens: number, now = Date.now()): void {
  if (!getEnv().USER_DAILY_TOKENS || !(tokens > 0)) return;
  getLimitStore()
    .add(`tokens:${utcDay(now)}:${subject}`, tokens, DAY_MS + 60_000)
    .catch((error) => console.error("could not record token usage", error));
}

/**
 * Daily share quotas, per client and in total: count and bytes. Counted when a share is
 * accepted, so a refused one costs nothing.
 */
export async function checkShareQuota(client: string, bytes: number, now = Date.now()): Promise<void> {
  const env = getEnv();
  const day = utcDay(now);
  const MB = 1024 * 1024;
  const [count, size, total, totalSize] = await withStore((s) =>
    Promise.all([s.get(`sharen:${day}:${client}`), s.get(`shareb:${day}:${client}`), s.get(`sharen:${day}`), s.get(`shareb:${day}`)]),
  );
  const over = (what: string) => new AppError("rate_limited", what, 429, secondsToMidnight(now));
  if (count + 1 > env.SHARE_DAILY_PER_CLIENT || size + bytes > env.SHARE_DAILY_MB_PER_CLIENT * MB)
    throw over("You have shared as much as one address may today. Try again tomorrow.");
  if (total + 1 > env.SHARE_DAILY_TOTAL || totalSize + bytes > env.SHARE_DAILY_MB_TOTAL * MB)
    throw over("This server has taken as many shares as it accepts in a day. Try again tomorrow.");
  await withStore((s) =>
    Promise.all([
      s.add(`sharen:${day}:${client}`, 1, DAY_MS),
      s.add(`shareb:${day}:${client}`, bytes, DAY_MS),
      s.add(`sharen:${day}`, 1, DAY_MS),
      s.add(`shareb:${day}`, bytes, DAY_MS),
    ]),
  );
}
