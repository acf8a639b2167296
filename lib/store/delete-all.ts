/**
 * "Delete all data" (Settings): this person's conversations, attachments, drafts, settings and
 * share list leave this browser, and every tab of theirs starts afresh as a new profile would.
 * The service worker's cache of the app's shell stays: it holds no one's data.
 */
import { revokeShare } from "@/lib/share-client/api";
import { removeLink, type SharedLink } from "@/lib/share-client/links";
import { turns } from "./chat-store";
import { clearDraftFiles } from "./draft-files";
import { stopKeepingDrafts } from "./drafts";
import { clearAllRecords } from "./persist/clear";
import { announceAllDeleted } from "./persist/sync";
import { forgetProfile } from "./profile";

/**
 * Deletes the shared links on the server while their tokens are still here (after, nobody could).
 * Each one deleted leaves the list at once, so a retry asks only for the rest; resolves to the
 * links that could not be deleted.
 */
export async function deleteSharesOnServer(links: readonly SharedLink[]): Promise<SharedLink[]> {
  const failed: SharedLink[] = [];
  for (const link of links) {
    try {
      await revokeShare(link.id, link.deleteToken);
      removeLink(link.id);
    } catch {
      failed.push(link);
    }
  }
  return failed;
}

/** This tab stops writing: running answers end unsaved, queued writes and draft saves are dropped. */
function stopWriting(): void {
  stopKeepingDrafts();
  turns.discardAll();
}

/** Empties every store of this person, then tells the other tabs. The caller starts the page afresh. */
export async function deleteAllData(): Promise<void> {
  stopWriting();
  await clearAllRecords();
  await clearDraftFiles();
  forgetProfile();
  announceAllDeleted();
}

/**
 * Another tab deleted everything: this one stops writing, removes again what it may have written
 * before it heard (a draft saved a moment before), and opens the app afresh. Starting over is the
 * one way its memory (a chat on screen, its drafts, settings) cannot be written back.
 */
export function followDeleteAll(): void {
  stopWriting();
  forgetProfile();
  startAfresh();
}

export function startAfresh(): void {
  location.replace("/");
}
