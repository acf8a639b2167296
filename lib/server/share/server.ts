/** The process-wide share store, chosen by configuration. Server code only. */
import "server-only";
import { join, resolve } from "node:path";
import { getEnv } from "@/lib/server/env";
import { getLogger, safeError } from "@/lib/server/log/logger";
import { PostgresShareStore } from "./postgres-store";
import { SqliteShareStore } from "./sqlite-store";
import type { ShareStore } from "./types";

const PURGE_EVERY_MS = 60 * 60 * 1000;

interface ShareGlobals {
  store?: ShareStore;
  lastPurge?: number;
}

// On globalThis: route bundles may each get their own copy of this module.
const globals = ((globalThis as { __glmShare?: ShareGlobals }).__glmShare ??= {});

export function getShareStore(): ShareStore {
  if (!globals.store) {
    const env = getEnv();
    globals.store = env.DATABASE_URL
      ? new PostgresShareStore({ connectionString: env.DATABASE_URL })
      : new SqliteShareStore(join(resolve(env.DATA_DIR), "shares.sqlite"));
  }
  return globals.store;
}

/** Expired rows are already invisible; this only reclaims their space, at most hourly, in the background. */
export function purgeExpiredSoon(now = Date.now()): void {
  if (globals.lastPurge !== undefined && now - globals.lastPurge < PURGE_EVERY_MS) return;
  globals.lastPurge = now;
  getShareStore()
    .purgeExpired(now)
    .catch((error) => getLogger().error({ err: safeError(error) }, "share store: purging expired shares failed; they stay hidden, and the purge is tried again within the hour"));
}
