/**
 * A share route's use of the store. A store that cannot be opened or used (DATA_DIR a file,
 * PostgreSQL down) is not a server bug the client can do nothing about: the client hears
 * `share_unavailable` (503, try again later, never cached) and the operator gets one JSON line
 * naming the route, where they used to get a generic 500 and "route failed".
 */
import "server-only";
import { AppError } from "@/lib/errors";
import { getLogger, safeError } from "@/lib/server/log/logger";
import { getShareStore } from "./server";
import type { ShareStore } from "./types";

export const shareStoreUnavailable = () =>
  new AppError("share_unavailable", "Shared conversations cannot be published or opened right now: the server cannot use its share store. Try again later.", 503, 30);

export async function withShareStore<T>(route: string, work: (store: ShareStore) => Promise<T>, openStore: () => ShareStore = getShareStore): Promise<T> {
  try {
    return await work(openStore());
  } catch (error) {
    if (error instanceof AppError) throw error;
    getLogger().error({ err: safeError(error), route }, "share route: the share store could not be used; answered 503 share_unavailable");
    throw shareStoreUnavailable();
  }
}
