import "server-only";
import Redis from "ioredis";
import { getEnv } from "@/lib/server/env";
import { getShareStore } from "@/lib/server/share/server";
import type { Probe } from "./readiness";

// One connection for health probes, on globalThis: route bundles may each get their own module copy.
const holder = globalThis as { __glmHealthRedis?: Redis };

/** The share database (SQLite or PostgreSQL) answers a trivial query. */
export const databaseProbe: Probe = () => getShareStore().ping();

/** Redis answers PING, when REDIS_URL is set. */
export const redisProbe: Probe = () => {
  const url = (getEnv() as { REDIS_URL?: string }).REDIS_URL ?? process.env.REDIS_URL;
  if (!url) return undefined;
  if (!holder.__glmHealthRedis) {
    holder.__glmHealthRedis = new Redis(url, { maxRetriesPerRequest: 1, connectTimeout: 2_000 });
    // Errors surface through PING; without a listener ioredis would log every reconnect attempt.
    holder.__glmHealthRedis.on("error", () => {});
  }
  return holder.__glmHealthRedis.ping().then(() => undefined);
};
