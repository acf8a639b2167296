/**
 * The shared page's one store read. A store that cannot be opened or read (DATA_DIR a file,
 * PostgreSQL down) is not a missing link: the visitor is told to try again later, and the
 * operator gets one JSON line through the logger, not Next's multi-line render error on stdout.
 */
import "server-only";
import { getLogger, safeError } from "@/lib/server/log/logger";
import { getShareStore } from "./server";
import type { ShareStore } from "./types";
import { toPublicShare, type PublicShare } from "./view";

export type PageShare = { state: "found"; share: PublicShare } | { state: "missing" } | { state: "unavailable" };

export async function readShareForPage(id: string, openStore: () => ShareStore = getShareStore): Promise<PageShare> {
  try {
    const record = await openStore().get(id);
    return record ? { state: "found", share: toPublicShare(record) } : { state: "missing" };
  } catch (error) {
    getLogger().error({ err: safeError(error), route: "/s/[id]" }, "share page: the share store could not be read; the visitor was told the conversation cannot be opened right now");
    return { state: "unavailable" };
  }
}
