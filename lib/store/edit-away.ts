/**
 * An edit open in this tab whose question another tab's change took off screen: that tab saved
 * an edit of it (or of a question above it) and this tab followed to the new version, or deleted
 * it. The editor closed with it; its text is kept (components/chat/message-editor.tsx) and the
 * notice says what happened (components/chat/edit-away-notice.tsx) instead of it vanishing unsaid.
 */
import type { ChatState } from "./store-types";

type Ids = ReadonlyArray<{ id: string }>;

/**
 * The edit a read of the open chat took off screen: the message being edited, shown before the
 * read and not after it. Null when there is none (no edit open, or it was not on screen anyway).
 */
export function editTakenAway(editingId: string | null, shownBefore: Ids, shownAfter: Ids): string | null {
  if (editingId === null || !shownBefore.some((m) => m.id === editingId)) return null;
  return shownAfter.some((m) => m.id === editingId) ? null : editingId;
}

/** The notice holds while that edit is still the open one and its question still off screen. */
export function editAwayApplies(s: Pick<ChatState, "editAway" | "editingId" | "messages">): boolean {
  return s.editAway !== null && s.editAway === s.editingId && !s.messages.some((m) => m.id === s.editAway);
}
