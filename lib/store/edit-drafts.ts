/**
 * The text of an edit to an earlier question, kept as the composer's draft is (./drafts.ts): per
 * conversation and message, so leaving the chat (another chat, a new one, a reload) and coming back
 * reopens the editor with what was typed. Escape asks twice before discarding an edit; every other
 * way out threw it away silently. The text only: files taken out or added in the editor are not kept.
 */
import { parseDrafts, storage, withDraft, type DraftMap } from "./drafts";
import { scopedName } from "./storage-scope";

export const EDIT_DRAFTS_KEY = "glm-chat:edit-drafts";

// Ids are UUIDs (lib/ids.ts) or imported strings; none holds a line break.
const keyOf = (conversationId: string, messageId: string) => `${conversationId}\n${messageId}`;

/** The newest edit kept in this conversation: its message and text; null when there is none. */
export function pendingEditIn(drafts: DraftMap, conversationId: string): { messageId: string; text: string } | null {
  const prefix = keyOf(conversationId, "");
  let newest: { messageId: string; text: string; at: number } | null = null;
  for (const [key, { text, at }] of Object.entries(drafts)) {
    if (key.startsWith(prefix) && (!newest || at > newest.at)) newest = { messageId: key.slice(prefix.length), text, at };
  }
  return newest && { messageId: newest.messageId, text: newest.text };
}

const read = (): DraftMap => parseDrafts(storage()?.getItem(scopedName(EDIT_DRAFTS_KEY)) ?? null);

export function pendingEdit(conversationId: string): { messageId: string; text: string } | null {
  return pendingEditIn(read(), conversationId);
}

export function loadEditDraft(conversationId: string, messageId: string): string | undefined {
  return read()[keyOf(conversationId, messageId)]?.text;
}

/**
 * Keeps (or, with `text` undefined, forgets) an edit. False when it could not be kept (storage
 * blocked or full): the editor then asks before the page is closed instead.
 */
export function saveEditDraft(conversationId: string, messageId: string, text: string | undefined): boolean {
  const store = storage();
  if (!store) return false;
  const drafts = read();
  const key = keyOf(conversationId, messageId);
  if (!drafts[key] && text === undefined) return true;
  const next = withDraft(drafts, key, text ?? "", Date.now());
  try {
    if (Object.keys(next).length) store.setItem(scopedName(EDIT_DRAFTS_KEY), JSON.stringify(next));
    else store.removeItem(scopedName(EDIT_DRAFTS_KEY));
    return text === undefined || key in next;
  } catch {
    return false;
  }
}
