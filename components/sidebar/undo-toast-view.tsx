"use client";

import { useTranslations } from "next-intl";
import { Toast, ToastProvider } from "@/components/ui/toast";
import { useChatStore } from "@/lib/store/chat-store";
import { conversationPath, pushPath } from "@/lib/store/navigation";
import { focusComposerIfLost } from "@/components/chat/a11y/focus";
import { oldestRemoved } from "@/lib/store/message-undo";
import { useStillShared } from "./use-still-shared";

/**
 * Undo puts the conversation back, and back on screen if it was the open one and the new chat
 * that replaced it is still untouched (nothing sent, nothing typed).
 */
async function undoAndReopen(undoDelete: () => Promise<void>, offer: { conversation: { id: string }; wasOpen: boolean }) {
  const s = useChatStore.getState();
  const composer = document.getElementById("composer");
  const untouched = !s.saved && !s.messages.length && !(composer instanceof HTMLTextAreaElement && composer.value.trim());
  await undoDelete();
  if (offer.wasOpen && untouched) pushPath(conversationPath(offer.conversation.id));
  // The toast (and its Undo, which had focus) is gone.
  focusComposerIfLost();
  // The toast unmounts before this settles, so nothing on screen says the Undo is over; this does
  // (e2e waits on it rather than on timing to see that a touched new chat was not reopened).
  document.documentElement.setAttribute("data-undo-applied", offer.conversation.id);
}

/**
 * "Conversation deleted" and "Message deleted", each with Undo, for ten seconds (paused while
 * hovered or focused). A message delete's offer ends early once the chat moves on
 * (lib/store/message-undo.ts).
 */
export function UndoToastView() {
  const t = useTranslations("sidebar");
  const undo = useChatStore((s) => s.undo);
  const undoDelete = useChatStore((s) => s.undoDelete);
  const dismiss = useChatStore((s) => s.dismissUndo);
  const messageUndo = useChatStore((s) => s.messageUndo);
  const undoMessageDelete = useChatStore((s) => s.undoMessageDelete);
  const dismissMessageUndo = useChatStore((s) => s.dismissMessageUndo);
  const removedSince = messageUndo ? oldestRemoved(messageUndo) : undefined;
  const chatShared = useStillShared(undo?.conversation.id);
  const messageShared = useStillShared(removedSince === undefined ? undefined : messageUndo?.conversationId, removedSince);
  const undoMessage = () => {
    undoMessageDelete();
    focusComposerIfLost();
  };
  return (
    <ToastProvider>
      {undo && (
        <Toast
          key={undo.conversation.id}
          open
          onOpenChange={(open) => !open && dismiss()}
          duration={10_000}
          testId="undo-toast"
          note={chatShared ? t("stillSharedChat") : undefined}
          action={{ label: t("undo"), altText: t("undoAlt"), onClick: () => void undoAndReopen(undoDelete, undo), testId: "undo-button" }}
        >
          {t("deleted", { title: undo.conversation.title })}
        </Toast>
      )}
      {messageUndo && (
        // Keyed by the offer (each delete leaves fewer messages): a second one starts its own ten seconds.
        <Toast
          key={`${messageUndo.conversationId}:${messageUndo.after.length}`}
          open
          onOpenChange={(open) => !open && dismissMessageUndo()}
          duration={10_000}
          testId="message-undo-toast"
          note={messageShared ? t("stillSharedMessage") : undefined}
          action={{ label: t("undo"), altText: t("undoAlt"), onClick: undoMessage, testId: "message-undo-button" }}
        >
          {t("messageDeleted")}
        </Toast>
      )}
    </ToastProvider>
  );
}
