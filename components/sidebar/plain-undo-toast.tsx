"use client";

import { useTranslations } from "next-intl";
import { useEffect } from "react";
import { Button } from "@/components/ui/button";
import { useChatStore } from "@/lib/store/chat-store";

const OFFER_MS = 10_000;

/**
 * The Undo of a delete when the toast's own code (Radix's toast) could not be fetched: the delete
 * is already written, so its Undo must not depend on a chunk. Plain markup, in the first load; the
 * same ten seconds, without the pause on hover.
 */
export function PlainUndoToast() {
  const t = useTranslations("sidebar");
  const undo = useChatStore((s) => s.undo);
  const messageUndo = useChatStore((s) => s.messageUndo);
  const { undoDelete, dismissUndo, undoMessageDelete, dismissMessageUndo } = useChatStore.getState();
  useEffect(() => {
    if (!undo) return;
    const timer = setTimeout(dismissUndo, OFFER_MS);
    return () => clearTimeout(timer);
  }, [undo, dismissUndo]);
  useEffect(() => {
    if (!messageUndo) return;
    const timer = setTimeout(dismissMessageUndo, OFFER_MS);
    return () => clearTimeout(timer);
  }, [messageUndo, dismissMessageUndo]);
  const offer = (testId: string, text: string, onUndo: () => void, buttonId: string) => (
    <div role="status" data-testid={testId} className="flex items-center gap-3 rounded-xl bg-inverse px-4 py-2 text-sm text-on-inverse shadow-lg">
      <span className="max-w-60 truncate">{text}</span>
      <Button variant="link" size="inline" data-testid={buttonId} aria-label={t("undoAlt")} onClick={onUndo} className="font-semibold text-inverse-link">
        {t("undo")}
      </Button>
    </div>
  );
  return (
    <div className="pointer-events-auto fixed top-16 left-1/2 z-[60] flex w-max max-w-[calc(100vw-2rem)] -translate-x-1/2 flex-col gap-2 print:hidden">
      {undo && offer("plain-undo-toast", t("deleted", { title: undo.conversation.title }), () => void undoDelete(), "undo-button")}
      {messageUndo && offer("plain-message-undo-toast", t("messageDeleted"), undoMessageDelete, "message-undo-button")}
    </div>
  );
}
