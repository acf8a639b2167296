"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef } from "react";
import { Button } from "@/components/ui/button";
import { loadEditDraft, saveEditDraft } from "@/lib/store/edit-drafts";
import { turnBusy, useChatStore } from "@/lib/store/chat-store";
import { focusComposerIfLost, rescueFocus } from "./a11y/focus";

/**
 * The question being edited here was taken off screen by another tab (lib/store/edit-away.ts): a
 * new version of it (or of a question above it) is shown now, or it was deleted. The editor closed
 * with it; this says so, in place of vanishing unsaid, and offers the kept edit back.
 */
export function EditAwayNotice() {
  const t = useTranslations("chat");
  const away = useChatStore((s) => s.editAway);
  const conversationId = useChatStore((s) => s.conversation.id);
  // Still there in another version, or deleted (that tab's Undo brings it back, and the editor with it).
  const there = useChatStore((s) => s.editAway !== null && s.allMessages.some((m) => m.id === s.editAway));
  // Switching versions waits while an answer runs (the other tab's, usually, for its new version).
  const busy = useChatStore(turnBusy);
  const box = useRef<HTMLDivElement>(null);
  // The editor being typed in went with its question, focus with it: here, where what happened is said.
  useEffect(() => {
    if (away !== null) rescueFocus(() => box.current?.focus());
  }, [away]);
  if (away === null) return null;
  const text = there ? undefined : loadEditDraft(conversationId, away);
  return (
    <div ref={box} tabIndex={-1} role="status" data-testid="edit-away-notice" className="mx-3 mt-2 space-y-2 rounded-xl border border-line-strong bg-subtle px-3 py-2 text-sm outline-none focus-visible:ring-2 focus-visible:ring-ring short:mt-1 short:py-1">
      <p>{t(there ? "editAwayHidden" : text ? "editAwayDeletedText" : "editAwayDeleted")}</p>
      {/* Nowhere else to get it from: shown whole, to be copied. */}
      {text && <textarea readOnly data-testid="edit-away-text" aria-label={t("editAwayTextLabel")} value={text} className="field-sizing-content max-h-40 w-full rounded-lg border border-line-strong bg-surface px-3 py-1.5" />}
      <div className="flex flex-wrap gap-2">
        {there && (
          <Button variant="secondary" size="sm" data-testid="edit-away-show" disabled={busy} title={busy ? t("editAwayWaits") : undefined} onClick={() => useChatStore.getState().showVersion(away)} className="text-sm">
            {t("editAwayShow")}
          </Button>
        )}
        <Button
          size="sm"
          data-testid="edit-away-discard"
          onClick={() => {
            saveEditDraft(conversationId, away, undefined);
            useChatStore.getState().setEditing(null);
            focusComposerIfLost();
          }}
          className="text-sm"
        >
          {t("editAwayDiscard")}
        </Button>
      </div>
    </div>
  );
}
