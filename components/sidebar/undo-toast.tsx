"use client";

import dynamic from "next/dynamic";
import { useChatStore } from "@/lib/store/chat-store";

// Only after a delete (of a conversation or a message): the toast primitives stay out of the first load.
const UndoToastView = dynamic(() => import("./undo-toast-view").then((m) => m.UndoToastView), { ssr: false });

export function UndoToast() {
  const pending = useChatStore((s) => s.undo !== null || s.messageUndo !== null);
  return pending ? <UndoToastView /> : null;
}
