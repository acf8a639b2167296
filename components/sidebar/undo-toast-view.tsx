"use client";

import { useTranslations } from "next-intl";
import { Toast, ToastProvider } from "@/components/ui/toast";
import { useChatStore } from "@/lib/store/chat-store";

/** "Conversation deleted" with Undo, for ten seconds (paused while hovered or focused). */
export function UndoToastView() {
  const t = useTranslations("sidebar");
  const undo = useChatStore((s) => s.undo);
  const undoDelete = useChatStore((s) => s.undoDelete);
  const dismiss = useChatStore((s) => s.dismissUndo);
  if (!undo) return null;
  return (
    <ToastProvider>
      <Toast
        key={undo.conversation.id}
        open
        onOpenChange={(open) => !open && dismiss()}
        duration={10_000}
        testId="undo-toast"
        action={{ label: t("undo"), altText: t("undoAlt"), onClick: () => void undoDelete(), testId: "undo-button" }}
      >
        {t("deleted", { title: undo.conversation.title })}
      </Toast>
    </ToastProvider>
  );
}
