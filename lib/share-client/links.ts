/**
 * The links this browser created, kept in localStorage: small records only (the deletion token
 * is the one thing that must survive, since the server keeps just its hash).
 */
import { z } from "zod/mini";
import { mergeLinks } from "@/lib/store/profile-merge";
import { scopedName } from "@/lib/store/storage-scope";

export const LINKS_KEY = "glm-chat:shared-links";
/**
 * Set once a link was revoked here: an empty list then says "none left", not "none shared yet"
 * (which read as if the links the user had just revoked never existed).
 */
export const REVOKED_KEY = "glm-chat:shared-links-revoked";
const CHANGE_EVENT = "glm-chat:shared-links-changed";

export const sharedLinkSchema = z.object({
  id: z.string().check(z.minLength(1)),
  title: z.string(),
  url: z.string(),
  deleteToken: z.string().check(z.minLength(1)),
  createdAt: z.number(),
  updatedAt: z.optional(z.number()),
  messageCount: z.int().check(z.nonnegative()),
  conversationId: z.string(),
  /**
   * When the server stops serving it (SHARE_TTL_DAYS); absent when it does not expire, and in lists
   * kept before it was stored. A damaged one is dropped, never the link with its deletion token.
   */
  expiresAt: z.optional(z.catch(z.optional(z.number()), undefined)),
});

export type SharedLink = z.infer<typeof sharedLinkSchema>;

type Store = Pick<Storage, "getItem" | "setItem">;

const defaultStore = (): Store | undefined => (typeof localStorage === "undefined" ? undefined : localStorage);

/** Newest first; a damaged entry is dropped rather than hiding the others. */
export function loadLinks(store: Store | undefined = defaultStore()): SharedLink[] {
  return parseLinks(store?.getItem(scopedName(LINKS_KEY)) ?? null);
}

/** Parses the stored JSON (for useSyncExternalStore, which needs a stable string snapshot). */
export function parseLinks(text: string | null): SharedLink[] {
  let raw: unknown;
  try {
    raw = JSON.parse(text ?? "[]");
  } catch {
    return [];
  }
  if (!Array.isArray(raw)) return [];
  return raw.flatMap((item) => {
    const parsed = sharedLinkSchema.safeParse(item);
    return parsed.success ? [parsed.data] : [];
  });
}

function write(links: SharedLink[], store: Store | undefined): void {
  try {
    store?.setItem(scopedName(LINKS_KEY), JSON.stringify(links));
  } catch {
    // Quota: the link still works, it is just not remembered here.
  }
  if (typeof window !== "undefined") window.dispatchEvent(new Event(CHANGE_EVENT));
}

/** Adds the links of an imported file not already here (a link here wins); returns how many were added. */
export function addLinks(incoming: readonly SharedLink[], store: Store | undefined = defaultStore()): number {
  const { links, added } = mergeLinks(loadLinks(store), incoming);
  if (added) write(links, store);
  return added;
}

/** Inserts or replaces (by id), moving it to the front. */
export function saveLink(link: SharedLink, store: Store | undefined = defaultStore()): SharedLink[] {
  const links = [link, ...loadLinks(store).filter((l) => l.id !== link.id)];
  write(links, store);
  return links;
}

/** A link leaves the list only when revoked, so this also remembers that one was. */
export function removeLink(id: string, store: Store | undefined = defaultStore()): SharedLink[] {
  const links = loadLinks(store).filter((l) => l.id !== id);
  try {
    // Before the list's change event, so the list that re-renders on it already reads the mark.
    store?.setItem(scopedName(REVOKED_KEY), "1");
  } catch {
    // Quota: the empty list only says "none yet" instead of "none left".
  }
  write(links, store);
  return links;
}

/** The link with the expiry the server just answered: null (no SHARE_TTL_DAYS, or no longer) drops it. */
export function withExpiry(link: SharedLink, expiresAt: number | null): SharedLink {
  const { expiresAt: _old, ...rest } = link;
  return expiresAt === null ? rest : { ...rest, expiresAt };
}

/** The most recent link made from this conversation, if any. */
export function linkForConversation(links: readonly SharedLink[], conversationId: string): SharedLink | undefined {
  return links.find((l) => l.conversationId === conversationId);
}

/**
 * The link that still shows what was just deleted from a conversation: its link, or, when only
 * messages went (`removedSince`, the oldest one's time), a link whose copy was taken after that.
 * A share is a copy on the server: deleting here does not change it.
 */
export function linkStillShowing(links: readonly SharedLink[], conversationId: string, removedSince?: number): SharedLink | undefined {
  const link = linkForConversation(links, conversationId);
  if (!link || removedSince === undefined) return link;
  return (link.updatedAt ?? link.createdAt) >= removedSince ? link : undefined;
}

/** Calls back when the list changes in this tab or another. */
export function subscribeLinks(callback: () => void): () => void {
  const onStorage = (e: StorageEvent) => {
    if (e.key === null || e.key === scopedName(LINKS_KEY)) callback();
  };
  window.addEventListener(CHANGE_EVENT, callback);
  window.addEventListener("storage", onStorage);
  return () => {
    window.removeEventListener(CHANGE_EVENT, callback);
    window.removeEventListener("storage", onStorage);
  };
}

/** The raw stored value: a string, so it compares equal between renders when unchanged. */
export function linksSnapshot(): string {
  try {
    return localStorage.getItem(scopedName(LINKS_KEY)) ?? "[]";
  } catch {
    return "[]";
  }
}

/** Whether this browser ever revoked a link (a boolean snapshot, for useSyncExternalStore). */
export function revokedSnapshot(store: Store | undefined = defaultStore()): boolean {
  try {
    return store?.getItem(scopedName(REVOKED_KEY)) === "1";
  } catch {
    return false;
  }
}

export const absoluteUrl = (path: string) => (typeof location === "undefined" ? path : new URL(path, location.origin).href);
