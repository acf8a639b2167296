/**
 * What the user was writing, per conversation, kept across chat switches and reloads (as every
 * chat app does): one localStorage entry holding a small map. The unsaved new chat has one draft
 * of its own ("new"). Bounded: the newest 50 drafts, each up to 100,000 characters.
 */
import { scopedName } from "./storage-scope";

export const DRAFTS_KEY = "glm-chat:drafts";
export const NEW_CHAT_DRAFT = "new";
const MAX_DRAFTS = 50;
const MAX_CHARS = 100_000;

export type DraftMap = Record<string, { text: string; at: number }>;

export function parseDrafts(raw: string | null): DraftMap {
  if (!raw) return {};
  try {
    const value: unknown = JSON.parse(raw);
    if (!value || typeof value !== "object" || Array.isArray(value)) return {};
    const out: DraftMap = {};
    for (const [id, entry] of Object.entries(value as Record<string, unknown>)) {
      const { text, at } = (entry ?? {}) as { text?: unknown; at?: unknown };
      if (typeof text === "string" && text && typeof at === "number") out[id] = { text, at };
    }
    return out;
  } catch {
    return {}; // written by something else, or damaged: drafts are a convenience, not records
  }
}

/** The map with this draft set (an empty one removed), the oldest dropped past the cap. */
export function withDraft(drafts: DraftMap, id: string, text: string, now: number): DraftMap {
  const next = { ...drafts };
  delete next[id];
  if (text.trim()) next[id] = { text: text.slice(0, MAX_CHARS), at: now };
  const ids = Object.keys(next).sort((a, b) => next[b].at - next[a].at);
  for (const old of ids.slice(MAX_DRAFTS)) delete next[old];
  return next;
}

/** localStorage, or null where there is none or the browser blocks it (also ./profile.ts). */
export function storage(): Storage | null {
  try {
    return typeof localStorage === "undefined" ? null : localStorage;
  } catch {
    return null; // storage blocked by the browser's settings
  }
}

export function loadDraft(id: string): string {
  return parseDrafts(storage()?.getItem(scopedName(DRAFTS_KEY)) ?? null)[id]?.text ?? "";
}

/**
 * Conversations deleted in this tab: the composer's pending save for one (typed just before the
 * delete, written when the chat on screen changes) must not put its draft back.
 */
const deleted = new Set<string>();
/** Everything was deleted: the page is about to start afresh, and its last save must not put a draft back. */
let stopped = false;

export function stopKeepingDrafts(): void {
  stopped = true;
}

export function saveDraft(id: string, text: string): void {
  const store = storage();
  if (!store || stopped || deleted.has(id)) return;
  const drafts = parseDrafts(store.getItem(scopedName(DRAFTS_KEY)));
  if (!drafts[id] && !text.trim()) return;
  try {
    store.setItem(scopedName(DRAFTS_KEY), JSON.stringify(withDraft(drafts, id, text, Date.now())));
  } catch {
    // Full: the text stays in the box; only its copy for a reload is missing.
  }
}

/**
 * The drafts that have attached files stored (draft-files.ts, IndexedDB): read at start instead of
 * the database, which then opens only for a draft that has files.
 */
export const DRAFT_FILES_KEY = "glm-chat:draft-files";

export function draftFileKeys(): Set<string> {
  try {
    const value: unknown = JSON.parse(storage()?.getItem(scopedName(DRAFT_FILES_KEY)) ?? "[]");
    return new Set(Array.isArray(value) ? value.filter((k): k is string => typeof k === "string") : []);
  } catch {
    return new Set();
  }
}

/** Lists or unlists a draft as having stored files; false when storage refused it. */
export function markDraftFiles(id: string, has: boolean): boolean {
  const store = storage();
  if (!store || stopped) return false;
  const keys = draftFileKeys();
  if (keys.has(id) === has) return true;
  if (has) keys.add(id);
  else keys.delete(id);
  try {
    if (keys.size) store.setItem(scopedName(DRAFT_FILES_KEY), JSON.stringify([...keys]));
    else store.removeItem(scopedName(DRAFT_FILES_KEY));
    return true;
  } catch {
    return false;
  }
}

/** Takes a deleted conversation's draft out of storage, returning it for Undo to put back. */
export function takeDraft(id: string): string {
  const text = loadDraft(id);
  if (text) saveDraft(id, "");
  deleted.add(id);
  return text;
}

/** Undo: the conversation is back, with the draft it had. */
export function restoreDraft(id: string, text: string | undefined): void {
  deleted.delete(id);
  if (text) saveDraft(id, text);
}
