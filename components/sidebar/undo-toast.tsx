"use client";

import { lazyPart } from "@/components/ui/lazy-part";
import { useChatStore } from "@/lib/store/chat-store";
import { PlainUndoToast } from "./plain-undo-toast";

// Only after a delete (of a conversation or a message): the toast primitives stay out of the first
// load. Should their chunk not come (offline, not stored), the Undo is offered all the same.
const UndoToastView = lazyPart(() => import("./undo-toast-view").then((m) => m.UndoToastView), { fallback: PlainUndoToast });

export function UndoToast() {
  const pending = useChatStore((s) => s.undo !== null || s.messageUndo !== null);
  return pending ? <UndoToastView /> : null;
}
