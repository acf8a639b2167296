"use client";

import { useTranslations } from "next-intl";
import { useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import type { ChatMessage } from "@/lib/chat/message";
import { splitFileBlocks, withFiles, withTypedText } from "@/lib/media/text-file-blocks";
import { useChatStore } from "@/lib/store/chat-store";
import { focusComposerIfLost, focusWhenShown } from "./a11y/focus";
import { TextFileChips } from "./attachments/text-file-chips";
import { UserAttachments } from "./attachments/user-attachments";

const caretAtEnd = (el: HTMLTextAreaElement | null) => el?.setSelectionRange(el.value.length, el.value.length);

/**
 * Edit a user message in place; sending replaces every later turn. Its images, video, PDFs and
 * text files show as they were sent and go with the edited question, except those taken out here.
 */
export function MessageEditor({ message }: { message: ChatMessage }) {
  const t = useTranslations("chat");
  const [{ files, typed }] = useState(() => splitFileBlocks(message.content, message.textFiles));
  const [text, setText] = useState(typed);
  const [media, setMedia] = useState(() => message.attachments ?? []);
  const [kept, setKept] = useState(files);
  const input = useRef<HTMLTextAreaElement | null>(null);
  // The removed file's button took focus with it: back to the text being edited.
  const refocus = () => input.current?.focus();
  const removed = media.length !== (message.attachments?.length ?? 0) || kept.length !== files.length;
  const sendable = text.trim() !== "" || kept.length > 0 || media.length > 0;
  const { editAndResend, setEditing } = useChatStore.getState();
  // Cancelled: focus goes back to this message's Edit (the editor it was in is gone).
  const cancel = () => {
    setEditing(null);
    focusWhenShown(() => document.querySelector<HTMLElement>(`[data-message-id="${CSS.escape(message.id)}"] [data-testid="edit-message-button"]`));
  };
  return (
    <form
      data-testid="message-editor"
      className="ml-auto flex w-full max-w-[85%] flex-col gap-2"
      onSubmit={(e) => {
        e.preventDefault();
        if (!sendable) return;
        if (!removed) editAndResend(message.id, withTypedText(message.content, text, message.textFiles));
        else editAndResend(message.id, withFiles(kept, text), { attachments: media, textFiles: kept.length });
        focusComposerIfLost();
      }}
    >
      {media.length > 0 && (
        <div className="flex justify-end">
          <UserAttachments attachments={media} onRemove={(ids) => {
              setMedia((all) => all.filter((a) => !ids.includes(a.id)));
              refocus();
            }} />
        </div>
      )}
      {kept.length > 0 && (
        <div className="flex justify-end">
          <TextFileChips files={kept} onRemove={(i) => {
              setKept((all) => all.filter((_, j) => j !== i));
              refocus();
            }} />
        </div>
      )}
      <textarea
        data-testid="edit-message-input"
        aria-label={t("editMessage")}
        value={text}
        autoFocus
        // Opened with the caret at the end, where an edit usually goes on, not before the first word.
        ref={(el) => {
          // Called again (null, then the element) on every render: the caret is placed once.
          if (el && !input.current?.isConnected) caretAtEnd(el);
          if (el) input.current = el;
        }}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === "Escape") cancel();
          // As in the message box: Enter sends, Shift+Enter is a new line.
          else if (e.key === "Enter" && !e.shiftKey && !e.nativeEvent.isComposing) {
            e.preventDefault();
            if (sendable) e.currentTarget.form?.requestSubmit();
          }
        }}
        className="field-sizing-content min-h-16 rounded-2xl border border-line-strong bg-surface px-4 py-2.5 outline-none focus-visible:ring-2 focus-visible:ring-ring"
      />
      <div className="flex justify-end gap-2 text-sm">
        <Button data-testid="edit-cancel-button" onClick={cancel}>
          {t("cancel")}
        </Button>
        <Button type="submit" variant="primary" data-testid="edit-save-button" disabled={!sendable}>
          {t("saveAndSend")}
        </Button>
      </div>
    </form>
  );
}
