import { AppError } from "@/lib/errors";
import type { LimitStore } from "./types";

export interface ShareQuota {
  perClient: number;
  bytesPerClient: number;
  total: number;
  bytesTotal: number;
}

const DAY_MS = 24 * 60 * 60 * 1000;

export const utcDay = (now: number) => new Date(now).toISOString().slice(0, 10);
export const secondsToMidnight = (now: number) => Math.max(1, Math.ceil((DAY_MS - (now % DAY_MS)) / 1000));

/**
 * Daily share quotas, per client and in total: count and bytes. Counted only when a share is
 * accepted, so a refused one costs nothing.
 */
export async function chargeShareQuota(store: LimitStore, client: string, bytes: number, quota: ShareQuota, now = Date.now()): Promise<void> {
  const day = utcDay(now);
  const keys = [`sharen:${day}:${client}`, `shareb:${day}:${client}`, `sharen:${day}`, `shareb:${day}`];
  const [count, size, total, totalSize] = await Promise.all(keys.map((k) => store.get(k)));
  const over = (what: string) => new AppError("rate_limited", what, 429, secondsToMidnight(now));
  if (count + 1 > quota.perClient || size + bytes > quota.bytesPerClient)
    throw over("You have shared as much as one address may today. Try again tomorrow.");
  if (total + 1 > quota.total || totalSize + bytes > quota.bytesTotal)
    throw over("This server has taken as many shares as it accepts in a day. Try again tomorrow.");
  await Promise.all([1, bytes, 1, bytes].map((amount, i) => store.add(keys[i], amount, DAY_MS)));
}
