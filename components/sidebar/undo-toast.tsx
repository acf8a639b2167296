"use client";

import { useEffect } from "react";
import { useChatStore } from "@/lib/store/chat-store";

/** "Conversation deleted" with Undo, for a few seconds. */
export function UndoToast() {
  const undo = useChatStore((s) => s.undo);
  const undoDelete = useChatStore((s) => s.undoDelete);
  const dismiss = useChatStore((s) => s.dismissUndo);
  useEffect(() => {
    if (!undo) return;
    const timer = setTimeout(dismiss, 10_000);
    return () => clearTimeout(timer);
  }, [undo, dismiss]);
  if (!undo) return null;
  return (
    <div role="status" data-testid="undo-toast" className="fixed bottom-24 left-1/2 z-50 flex -translate-x-1/2 items-center gap-3 rounded-xl bg-zinc-900 px-4 py-2 text-sm text-white shadow-lg dark:bg-zinc-100 dark:text-zinc-900">
      <span className="max-w-60 truncate">Deleted “{undo.conversation.title}”</span>
      <button type="button" data-testid="undo-button" onClick={() => void undoDelete()} className="font-semibold text-blue-300 hover:underline dark:text-blue-700">
        Undo
      </button>
    </div>
  );
}
