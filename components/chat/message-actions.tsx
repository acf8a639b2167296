"use client";

import { useTranslations } from "next-intl";
import { SignInAgain } from "@/components/access/sign-in-again";
import { CopyButton } from "@/components/markdown/copy-button";
import { lightButton, type ButtonProps } from "@/components/ui/button";
import { useErrorText } from "@/components/ui/use-error-text";
import { stripMarkup } from "@/lib/glm/strip-markup";
import { answeredInReasoningOnly, finishNotice } from "@/lib/chat/outcome";
import { wordedBeforeAnswer } from "@/lib/i18n/error-keys";
import { questionCopyText } from "@/lib/media/text-file-blocks";
import type { ChatMessage } from "@/lib/chat/message";
import type { VersionInfo } from "@/lib/chat/tree";
import { turnBusy, useChatStore } from "@/lib/store/chat-store";
import { answerFeedback } from "./versions/answer-feedback";
import { answerModel } from "./versions/answer-model";
import { VersionSwitcher } from "./versions/version-switcher";
import { focusComposerIfLost } from "./a11y/focus";
import { focusAfterMessageDelete } from "./a11y/focus-after-delete";
import { useAskBlocked } from "./use-ask-blocked";

// Under every message, so possibly hundreds: the kit's buttons as plain elements (`lightButton`),
// not a component each (docs/decisions/startup-reads.md, round 6).
const quiet = { size: "sm", className: "text-muted-fg hover:text-fg" } as const;
const onWarning = { size: "sm", className: "border border-warning-line hover:bg-warning-line/30" } as const;
const button = (style: Pick<ButtonProps, "size" | "className">, testId: string, disabled: boolean, onClick: () => void, children: string, title?: string) =>
  lightButton({ ...style, "data-testid": testId, disabled, onClick, children, title } as ButtonProps);

/**
 * The editor's code is fetched when a hand reaches for Edit, not after the click: a user typing
 * at once lost the first keys to the page while it loaded.
 */
const preloadEditor = () => void import("./message-editor").catch(() => undefined);

/** The answer streams again and this row (with the pressed button) hides meanwhile. */
const answerAgain = (start: () => void) => {
  start();
  focusComposerIfLost();
};

/** The message goes; focus moves to a neighbour's actions rather than the page's start. */
const deleteMessage = (pressed: HTMLElement, id: string) => {
  focusAfterMessageDelete(pressed);
  useChatStore.getState().deleteMessage(id);
};

/** Copy / edit / regenerate / delete under a message, and Continue / Retry for an interrupted answer. */
export function MessageActions({ message, version }: { message: ChatMessage; version?: VersionInfo }) {
  const t = useTranslations("chat");
  const tc = useTranslations("common");
  const tv = useTranslations("versions");
  const tf = useTranslations("feedback");
  const explain = useErrorText();
  const busy = useChatStore(turnBusy);
  // A spent daily budget, or no connection, holds what would ask the model again, saying why in the title.
  const spent = useAskBlocked();
  if (message.status === "streaming") return null;
  const s = useChatStore.getState;
  const user = message.role === "user";
  // An answer refused before any text, or a message of attachments only: nothing to copy or rate.
  // One answered only in its reasoning (lib/chat/outcome.ts) copies and rates that: it is all there is.
  const reasoningOnly = answeredInReasoningOnly(message);
  const hasText = message.content.trim() !== "" || reasoningOnly;
  // A cut or refused answer's card already offers Retry (which keeps the text as a version):
  // Regenerate beside it would be a second name for the same thing.
  const retryOffered = message.status === "interrupted" || message.status === "error" || finishNotice(message) !== undefined;
  // Cut before any text arrived (a reload right after Send): nothing to keep or go on from, as
  // canContinue says of a refused answer; Retry alone is offered.
  const noText = message.content.trim() === "";
  const nothingArrived = noText && !message.reasoning?.trim();
  // Why it stopped (signed out, chat deleted) says more than "before any of it arrived", in words
  // that offer the buttons shown: without text, Retry alone.
  const stoppedBy = message.status === "interrupted" && message.error && (!nothingArrived || wordedBeforeAnswer(message.error.code, false)) ? explain(message.error, { continueOffered: !noText }).text : undefined;
  return (
    <div className={user ? "self-end" : ""}>
      {message.status === "interrupted" && (
        <div data-testid="interrupted-badge" className="mt-2 flex flex-wrap items-center gap-2 rounded-xl border border-warning-line bg-warning-soft px-3 py-2 text-sm text-warning-fg">
          <span className="font-semibold">{t("interrupted")}</span>
          <span className="min-w-0 flex-1">{stoppedBy ?? (nothingArrived ? t("interruptedEmpty") : t("interruptedText"))}</span>
          {message.error?.code === "unauthorized" ? (
            // A Continue refused because the session lapsed: Continue alone would be refused again.
            <SignInAgain onSignedIn={() => s().continueAnswer(message.id)} />
          ) : (
            <>
              {!noText && button(onWarning, "continue-button", busy || !!spent, () => answerAgain(() => s().continueAnswer(message.id)), t("continue"), spent)}
              {button(onWarning, "retry-button", busy || !!spent, () => answerAgain(() => s().retry(message.id)), t("retry"), spent)}
            </>
          )}
        </div>
      )}
      <div data-testid="message-actions" className={`mt-1 flex flex-wrap items-center gap-1 print:hidden ${user ? "justify-end" : ""}`}>
        {version && <VersionSwitcher version={version} />}
        {hasText && <CopyButton testId="copy-message-button" label={tc("copy")} text={() => (user ? questionCopyText(message.content, message.textFiles) : stripMarkup(reasoningOnly ? message.reasoning! : message.content))} />}
        {user
          ? lightButton({ ...quiet, "data-testid": "edit-message-button", disabled: busy, onClick: () => s().setEditing(message.id), onPointerEnter: preloadEditor, onFocus: preloadEditor, children: t("edit") } as ButtonProps)
          : !retryOffered && button(quiet, "regenerate-button", busy || !!spent, () => answerAgain(() => s().regenerate(message.id)), t("regenerate"), spent)}
        {lightButton({ ...quiet, "data-testid": "delete-message-button", disabled: busy, onClick: (e) => deleteMessage(e.currentTarget, message.id), children: t("delete") } as ButtonProps)}
        {!user && hasText && answerFeedback(message, tf)}
        {!user && message.model && answerModel(message.model, tv)}
      </div>
    </div>
  );
}
