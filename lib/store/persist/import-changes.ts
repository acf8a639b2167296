/**
 * What an import actually changes in a conversation this browser already has, so its summary
 * counts that, not the file's size: a newer export of a chat held here (a regenerated answer, a
 * follow-up) was reported as "Nothing new" because the conversation itself was already here.
 */
import { linkParents } from "@/lib/chat/tree";
import type { StoredMessage } from "./records";

export interface ImportChanges {
  /** Messages not stored here before (new questions, answers, versions). */
  added: number;
  /** Messages stored here that the file changes (an answer continued, feedback given since). */
  updated: number;
}

/** Stored but never exported (lib/chat/export-file.ts): its absence from the file is no change. */
const NOT_EXPORTED = new Set(["reasoningStartedAt"]);

/** Equal as data: key order and keys holding undefined do not count (records are structured clones). */
export function sameData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, i) => sameData(item, b[i]));
  const keys = (o: object) => Object.keys(o).filter((k) => (o as Record<string, unknown>)[k] !== undefined);
  const [ka, kb] = [keys(a), keys(b)];
  return ka.length === kb.length && ka.every((k) => sameData((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

function withoutUnexported(record: StoredMessage): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record).filter(([k]) => !NOT_EXPORTED.has(k)));
}

/**
 * `incoming` as the import writes it (parents linked). Stored records from before answer versions
 * have no parents: they are compared as the app reads them, linked (persist/conversations.ts).
 */
export function messageChanges(stored: readonly StoredMessage[], incoming: readonly StoredMessage[]): ImportChanges {
  const byId = new Map(linkParents([...stored].sort((a, b) => a.createdAt - b.createdAt)).map((m) => [m.id, m]));
  let added = 0;
  let updated = 0;
  for (const message of incoming) {
    const before = byId.get(message.id);
    if (!before) added += 1;
    else if (!sameData(withoutUnexported(before), withoutUnexported(message))) updated += 1;
  }
  return { added, updated };
}
