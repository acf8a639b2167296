"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { glyph } from "@/components/ui/glyphs";
import { IconButton } from "@/components/ui/icon-button";
import type { ChatMessage } from "@/lib/chat/message";
import { splitFileBlocks, withFiles, withTypedText } from "@/lib/media/text-file-blocks";
import { useChatStore } from "@/lib/store/chat-store";
import { focusComposerIfLost, focusWhenShown } from "./a11y/focus";
import { TextFileChips } from "./attachments/text-file-chips";
import { UserAttachments } from "./attachments/user-attachments";
import { useRefusalText } from "./attachments/draft-tray";
import { fileAccept } from "./attachments/attach-controls";
import { useEditorFiles } from "./use-editor-files";
import { useAskBlocked } from "./use-ask-blocked";
import { isImeKey } from "@/lib/ui/ime";
import { loadEditDraft, saveEditDraft } from "@/lib/store/edit-drafts";
import { useLeaveGuard } from "./use-leave-guard";

const clip = glyph("paperclip");

const caretAtEnd = (el: HTMLTextAreaElement | null) => el?.setSelectionRange(el.value.length, el.value.length);

/**
 * Edit a user message in place; sending replaces every later turn. Its images, video, PDFs and
 * text files show as they were sent and go with the edited question, except those taken out here;
 * files can be added (the paperclip, or pasted), checked as the message box checks them.
 */
export function MessageEditor({ message }: { message: ChatMessage }) {
  const t = useTranslations("chat");
  const ta = useTranslations("attach");
  const refusalText = useRefusalText();
  const [{ files: sentFiles, typed }] = useState(() => splitFileBlocks(message.content, message.textFiles));
  // The conversation it was opened in: the kept edit belongs to it, whatever is on screen later.
  const [conversationId] = useState(() => useChatStore.getState().conversation.id);
  // An edit left unsent (another chat, a new one, a reload) comes back as it was typed.
  const [text, setText] = useState(() => loadEditDraft(conversationId, message.id) ?? typed);
  const [kept, setKept] = useState(true);
  // Where the edit could not be kept (storage blocked or full), closing the page asks first.
  useLeaveGuard(!kept && text !== typed);
  const keep = (next: string | undefined) => setKept(saveEditDraft(conversationId, message.id, next));
  useKeptWhenTakenAway(conversationId, message.id, typed, text);
  const editorFiles = useEditorFiles(message, sentFiles);
  const { media, files, pending, refusals, check } = editorFiles;
  const [escapedOnce, setEscapedOnce] = useState(false);
  const input = useRef<HTMLTextAreaElement | null>(null);
  const picker = useRef<HTMLInputElement>(null);
  // The removed file's button took focus with it: back to the text being edited.
  const refocus = () => input.current?.focus();
  const setProblem = media.length > 0 && !check.ok ? t("nothingSent", { reason: t(`attachSet.${check.rule}`, { model: editorFiles.modelName, max: check.maxImages, count: check.images }) }) : undefined;
  // A spent daily budget, or no connection, holds Save & send (its title says why); the edit stays open.
  const spent = useAskBlocked();
  const sendable = (text.trim() !== "" || files.length > 0 || media.length > 0) && pending === 0 && !setProblem && !spent;
  const { editAndResend, setEditing } = useChatStore.getState();
  // Cancelled: focus goes back to this message's Edit (the editor it was in is gone).
  const cancel = () => {
    keep(undefined);
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
        keep(undefined);
        if (!editorFiles.changed) editAndResend(message.id, withTypedText(message.content, text, message.textFiles));
        else editAndResend(message.id, withFiles(files, text), { attachments: media, textFiles: files.length });
        focusComposerIfLost();
      }}
    >
      {media.length > 0 && (
        <div className="flex justify-end">
          <UserAttachments attachments={media} onRemove={(ids) => {
              editorFiles.removeMedia(ids);
              refocus();
            }} />
        </div>
      )}
      {files.length > 0 && (
        <div className="flex justify-end">
          <TextFileChips files={files} onRemove={(i) => {
              editorFiles.removeFile(i);
              refocus();
            }} />
        </div>
      )}
      {pending > 0 && (
        <p data-testid="edit-files-pending" role="status" className="self-end text-xs text-muted-fg">
          {ta("preparing")}
        </p>
      )}
      {setProblem && (
        <p data-testid="edit-files-warning" role="status" className="rounded-lg bg-warning-soft px-3 py-1.5 text-sm text-warning-fg">
          {setProblem}
        </p>
      )}
      {refusals.map((r, i) => (
        <p key={i} data-testid="edit-files-error" role="alert" className="rounded-lg bg-danger-soft px-3 py-1.5 text-sm text-danger-fg">
          {refusalText(r)}
        </p>
      ))}
      <textarea
        data-testid="edit-message-input"
        dir="auto"
        aria-label={t("editMessage")}
        value={text}
        autoFocus
        // Opened with the caret at the end, where an edit usually goes on, not before the first word.
        ref={(el) => {
          // Called again (null, then the element) on every render: the caret is placed once.
          if (el && !input.current?.isConnected) caretAtEnd(el);
          if (el) input.current = el;
        }}
        onChange={(e) => {
          setText(e.target.value);
          keep(e.target.value === typed ? undefined : e.target.value);
          setEscapedOnce(false);
        }}
        onPaste={(e) => {
          const pasted = [...e.clipboardData.files];
          if (!pasted.length) return;
          e.preventDefault();
          editorFiles.add(pasted);
        }}
        onKeyDown={(e) => {
          // A stray Escape must not throw away an edit: with changes, the first one only asks.
          if (e.key === "Escape") {
            if (escapedOnce || (text === typed && !editorFiles.changed)) cancel();
            else setEscapedOnce(true);
          }
          // As in the message box: Enter sends, Shift+Enter is a new line.
          else if (e.key === "Enter" && !e.shiftKey && !isImeKey(e.nativeEvent)) {
            e.preventDefault();
            if (sendable) e.currentTarget.form?.requestSubmit();
          }
        }}
        className="field-sizing-content min-h-16 rounded-2xl border border-line-strong bg-surface px-4 py-2.5 outline-none focus-visible:ring-2 focus-visible:ring-ring"
      />
      {escapedOnce && (
        <p data-testid="edit-discard-hint" role="status" className="self-end text-xs text-muted-fg">
          {t("editEscapeAgain")}
        </p>
      )}
      <div className="flex items-center justify-end gap-2 text-sm">
        <IconButton
          data-testid="edit-attach-button"
          label={editorFiles.textOnly ? t("textOnlyAttach", { model: editorFiles.textOnly }) : t("editAddFiles")}
          icon={clip}
          onClick={() => picker.current?.click()}
          className="mr-auto"
        />
        <input
          ref={picker}
          data-testid="edit-attach-input"
          type="file"
          multiple
          accept={fileAccept(!!editorFiles.textOnly)}
          className="hidden"
          onChange={(e) => {
            const picked = [...(e.target.files ?? [])];
            e.target.value = "";
            if (picked.length) editorFiles.add(picked);
          }}
        />
        <Button data-testid="edit-cancel-button" onClick={cancel}>
          {t("cancel")}
        </Button>
        <Button type="submit" variant="primary" data-testid="edit-save-button" disabled={!sendable} title={spent}>
          {t("saveAndSend")}
        </Button>
      </div>
    </form>
  );
}

/**
 * Another tab's change can take the question off screen while it is edited here (a new version of
 * it shown, or it deleted): the editor closes, the edit stays open in the store (lib/store/edit-away.ts).
 * Its text is written again as it goes, since the drafts are shared by the tabs: that tab's Save &
 * send or Cancel of the same question forgot what was typed here.
 */
function useKeptWhenTakenAway(conversationId: string, messageId: string, typed: string, text: string): void {
  const latest = useRef(text);
  useEffect(() => {
    latest.current = text;
  }, [text]);
  useEffect(
    () =>
      useChatStore.subscribe((s) => {
        if (s.editingId === messageId && !s.messages.some((m) => m.id === messageId) && latest.current !== typed) saveEditDraft(conversationId, messageId, latest.current);
      }),
    [conversationId, messageId, typed],
  );
}
