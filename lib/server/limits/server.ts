/** The process-wide limit store and the policies routes apply. Server code only. */
import "server-only";
import { AppError } from "@/lib/errors";
import { getEnv } from "@/lib/server/env";
import { getLogger, safeError } from "@/lib/server/log/logger";
import { MemoryLimitStore } from "./memory";
import { RedisLimitStore } from "./redis";
import { chargeShareQuota, secondsToMidnight, utcDay } from "./share-quota";
import type { BudgetAsk, Bucket, LimitStore, RateDecision, Reservation } from "./types";

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
    // Not server_busy: that says the server is overloaded, and sends the operator the wrong way.
    getLogger().error({ err: safeError(error) }, "limit store unreachable: requests are refused until the Redis at REDIS_URL answers");
    throw new AppError("limits_unavailable", "The server cannot check its usage limits right now (its Redis is unreachable). Try again in a minute; if it lasts, tell whoever runs this server.", 503, 30);
  }
}

/** A refusal's words, given the wait the bucket computed. */
type RateMessage = string | ((retryAfterSeconds: number) => string);

async function take(key: string, bucket: Bucket, message: RateMessage): Promise<void> {
  decide(await withStore((s) => s.take(key, bucket)), message);
}

function decide(decision: RateDecision, message: RateMessage): void {
  if (!decision.ok) {
    const words = typeof message === "string" ? message : message(decision.retryAfterSeconds);
    throw new AppError("rate_limited", words, 429, decision.retryAfterSeconds);
  }
}

// The wait is in the words: the browser shows the envelope's message, not the Retry-After header,
// and "wait a moment" left a user pressing Retry into the same 429 for up to a minute.
const CHAT_RATE_MESSAGE = (seconds: number) =>
  `Too many messages in a short time: wait ${seconds} ${seconds === 1 ? "second" : "seconds"} and send again.`;
let chatBucket: { perMinute: number; bucket: Bucket } | undefined;

function chatBucketOf(perMinute: number): Bucket {
  if (chatBucket?.perMinute !== perMinute) chatBucket = { perMinute, bucket: { perMinute, burst: perMinute } };
  return chatBucket.bucket;
}

export function checkChatRate(subject: string): Promise<void> {
  return take(`chat:${subject}`, chatBucketOf(getEnv().CHAT_RATE_PER_MINUTE), CHAT_RATE_MESSAGE);
}

/**
 * The chat rate limit (`checkChatRate`): with the in-process store decided at once, with Redis
 * the promise to wait for. Every promise on the chat path costs async-hook bookkeeping (Next's
 * async storages are enabled process-wide), and this runs for each of 200 concurrent starts in
 * the proxy bench. The daily budget is taken later, once the body says what the answer may
 * spend (`reserveBudget`): one round trip, in place of the read of what was spent.
 */
export function checkChatLimits(subject: string): Promise<void> | undefined {
  const store = getLimitStore();
  if (!(store instanceof MemoryLimitStore)) return checkChatRate(subject);
  decide(store.takeNow(`chat:${subject}`, chatBucketOf(getEnv().CHAT_RATE_PER_MINUTE)), CHAT_RATE_MESSAGE);
  return undefined;
}

/** Titles have a rate of their own: free of the chat rate, but not a way to spend the key unmetered. */
export function checkTitleRate(subject: string): Promise<void> {
  const perMinute = getEnv().TITLE_RATE_PER_MINUTE;
  return take(`title:${subject}`, { perMinute, burst: perMinute }, "Too many title requests: the chat keeps its first-line title.");
}

function signInBucket(): Bucket {
  const perMinute = getEnv().SIGN_IN_ATTEMPTS_PER_MINUTE;
  return { perMinute, burst: perMinute };
}

/** Takes an attempt before the code is checked, so parallel guesses cannot all slip through. */
export function checkSignInRate(client: string): Promise<void> {
  return take(`signin:${client}`, signInBucket(), (seconds) => `Too many sign-in attempts: wait ${seconds} ${seconds === 1 ? "second" : "seconds"} and try again.`);
}

/**
 * A right code gives its attempt back: the throttle is against guessing, and a team behind one
 * office address signing in at nine must not lock each other out. Best effort: the person is in.
 */
export async function forgiveSignIn(client: string): Promise<void> {
  await getLimitStore().giveBack(`signin:${client}`, signInBucket()).catch((error) => getLogger().warn({ err: safeError(error) }, "could not return a sign-in attempt to the limit store"));
}

export function checkShareRate(client: string): Promise<void> {
  const env = getEnv();
  return take(`share:${client}`, { perMinute: env.SHARE_RATE_PER_MINUTE, burst: env.SHARE_RATE_BURST }, "Too many shares from this address: wait a moment and try again.");
}


/** An answer's hold on the daily token budget (USER_DAILY_TOKENS), taken by `reserveBudget`. */
export interface BudgetHold {
  /** What was left before this answer's reservation (the others' running answers' taken off). */
  left: number;
  /** The answer's max_tokens: its own, lowered to what was left. */
  upTo: number;
  /** Replaces the reservation by what the answer spent (reported or estimated). Call once, however it ended. */
  settle(spent: number): void;
}

/**
 * Reserves what an answer may spend of the subject's daily budget before it starts: its capped
 * max_tokens plus the prompt's estimate, added to the day's counter in one atomic step, so an
 * answer running beside it sees only what is left after it (4 parallel answers each wrote the
 * whole 400-token budget in QA). Refused `budget_exhausted` when nothing is left (`rate_limited`
 * while running answers hold some of it, and will give back what they do not use); `{ ok: false }`
 * with tokens left when the ask's `minLeft` is not (the caller says why). Undefined without a
 * budget. With the in-process store decided at once, with Redis the promise to wait for.
 *
 * The reservation lives in the day's counter and expires with it (DAY_MS after the day's first
 * answer): if the process dies mid-answer nothing settles it, and the user loses up to that one
 * answer's reservation for the rest of the day, never gains any.
 */
export function reserveBudget(subject: string, ask: BudgetAsk): BudgetHold | Refused | Promise<BudgetHold | Refused> | undefined {
  const budget = getEnv().USER_DAILY_TOKENS;
  if (!budget) return undefined;
  const now = Date.now();
  // The day the tokens were reserved in is the one settled, even if the answer ends after midnight.
  const key = `tokens:${utcDay(now)}:${subject}`;
  const store = getLimitStore();
  const hold = (taken: Reservation) => holdOf(taken, key, budget, now);
  if (store instanceof MemoryLimitStore) return hold(store.reserveNow(key, budget, ask, BUDGET_TTL_MS, now));
  return withStore((s) => s.reserve(key, budget, ask, BUDGET_TTL_MS, now)).then(hold);
}

const BUDGET_TTL_MS = DAY_MS + 60_000;

type Refused = { ok: false; left: number };

function holdOf(taken: Reservation, key: string, budget: number, now: number): BudgetHold | Refused {
  if (!taken.ok) {
    if (taken.left <= 0 && taken.held > 0) refuseHeldBudget(budget);
    if (taken.left <= 0) refuseOverBudget(budget, now);
    return taken;
  }
  let settled = false;
  return {
    left: taken.left,
    upTo: taken.upTo,
    settle(spent) {
      if (settled) return;
      settled = true;
      getLimitStore()
        .settle(key, taken.amount, spent > 0 ? Math.round(spent) : 0, BUDGET_TTL_MS)
        .catch((error) => getLogger().warn({ err: safeError(error) }, "could not settle an answer's token reservation in the limit store"));
    },
  };
}

/**
 * Nothing left, but answers still running hold some of it: most give back part of their
 * reservation when they end. Not `budget_exhausted`, which the app takes as spent until midnight
 * and holds sending in every tab for; a short wait, then Retry.
 */
function refuseHeldBudget(budget: number): never {
  throw new AppError(
    "budget_held",
    `Your answers still being written hold what is left of today's budget of ${budget.toLocaleString("en")} tokens: send again when they finish.`,
    429,
    5,
  );
}

function refuseOverBudget(budget: number, now: number): never {
  throw new AppError(
    "budget_exhausted",
    `You have used today's budget of ${budget.toLocaleString("en")} tokens. It resets at midnight UTC.`,
    429,
    secondsToMidnight(now),
    // The client says when in the reader's own time: "tomorrow" is wrong west of UTC by evening.
    budgetResetAt(now),
  );
}

/**
 * When the daily token budget checked at `now` resets (ISO time): the next midnight UTC. Named by
 * a refusal (`budget_exhausted`) and by an answer the budget cut (its `budget` finish), so both
 * cards wait for the same moment.
 */
export function budgetResetAt(now: number): string {
  return new Date(now + secondsToMidnight(now) * 1000).toISOString();
}

/** Daily share quotas (count and bytes), per client and in total. */
export function checkShareQuota(client: string, bytes: number): Promise<void> {
  const env = getEnv();
  const MB = 1024 * 1024;
  const quota = {
    perClient: env.SHARE_DAILY_PER_CLIENT,
    bytesPerClient: env.SHARE_DAILY_MB_PER_CLIENT * MB,
    total: env.SHARE_DAILY_TOTAL,
    bytesTotal: env.SHARE_DAILY_MB_TOTAL * MB,
  };
  return withStore((s) => chargeShareQuota(s, client, bytes, quota));
}

/** For readiness checks (/api/health): "memory" when no REDIS_URL, else whether Redis answers. */
export async function limitStoreStatus(): Promise<"memory" | "ok" | "unreachable"> {
  const store = getLimitStore();
  if (!(store instanceof RedisLimitStore)) return "memory";
  return (await store.ping()) ? "ok" : "unreachable";
}
