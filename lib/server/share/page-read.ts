/**
 * The shared page's store reads (the page and its attachments). A store that cannot be opened or
 * read (DATA_DIR a file, PostgreSQL down) is not a missing link: the visitor is told to try again
 * later, and the operator gets one JSON line through the logger, not Next's multi-line render
 * error on stdout nor a silent 404.
 */
import "server-only";
import { getLogger, safeError } from "@/lib/server/log/logger";
import { getShareStore } from "./server";
import type { ShareAsset, ShareStore } from "./types";
import { toPublicShare, type PublicShare } from "./view";

export type StoreRead<T> = { state: "found"; value: T } | { state: "missing" } | { state: "unavailable" };
export type PageShare = { state: "found"; share: PublicShare } | { state: "missing" } | { state: "unavailable" };

async function readOrUnavailable<T>(route: string, told: string, read: () => Promise<T | null>): Promise<StoreRead<T>> {
  try {
    const value = await read();
    return value ? { state: "found", value } : { state: "missing" };
  } catch (error) {
    getLogger().error({ err: safeError(error), route }, `share page: the share store could not be read; ${told}`);
    return { state: "unavailable" };
  }
}

export async function readShareForPage(id: string, openStore: () => ShareStore = getShareStore): Promise<PageShare> {
  const read = await readOrUnavailable("/s/[id]", "the visitor was told the conversation cannot be opened right now", () => openStore().get(id));
  return read.state === "found" ? { state: "found", share: toPublicShare(read.value) } : read;
}

/** One attachment of a shared page; `unavailable` is the route's 503, `missing` its 404. */
export function readShareAsset(id: string, index: number, openStore: () => ShareStore = getShareStore): Promise<StoreRead<ShareAsset>> {
  return readOrUnavailable("/s/[id]/assets/[n]", "the attachment was answered 503", () => openStore().getAsset(id, index));
}
