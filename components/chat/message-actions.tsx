"use client";

import { useTranslations } from "next-intl";
import { CopyButton } from "@/components/markdown/copy-button";
import { Button } from "@/components/ui/button";
import { useErrorText } from "@/components/ui/use-error-text";
import { stripMarkup } from "@/lib/glm/strip-markup";
import type { ChatMessage } from "@/lib/chat/message";
import type { VersionInfo } from "@/lib/chat/tree";
import { useChatStore } from "@/lib/store/chat-store";
import { AnswerFeedback } from "./versions/answer-feedback";
import { AnswerModel } from "./versions/answer-model";
import { canContinue, ContinueButton } from "./versions/continue-button";
import { VersionSwitcher } from "./versions/version-switcher";

const quiet = "text-muted-fg hover:text-fg";
const onWarning = "border border-warning-line hover:bg-warning-line/30";

/** Copy / edit / regenerate / delete under a message, and Continue / Retry for an interrupted answer. */
export function MessageActions({ message, version }: { message: ChatMessage; version?: VersionInfo }) {
  const t = useTranslations("chat");
  const tc = useTranslations("common");
  const explain = useErrorText();
  const busy = useChatStore((s) => s.streamingId !== null);
  if (message.status === "streaming") return null;
  const s = useChatStore.getState;
  const user = message.role === "user";
  return (
    <div className={user ? "self-end" : ""}>
      {message.status === "interrupted" && (
        <div data-testid="interrupted-badge" className="mt-2 flex flex-wrap items-center gap-2 rounded-xl border border-warning-line bg-warning-soft px-3 py-2 text-sm text-warning-fg">
          <span className="font-semibold">{t("interrupted")}</span>
          <span className="min-w-0 flex-1">{message.error ? explain(message.error).text : t("interruptedText")}</span>
          <Button size="sm" data-testid="continue-button" disabled={busy} onClick={() => s().continueAnswer(message.id)} className={onWarning}>
            {t("continue")}
          </Button>
          <Button size="sm" data-testid="retry-button" disabled={busy} onClick={() => s().retry(message.id)} className={onWarning}>
            {t("retry")}
          </Button>
        </div>
      )}
      {canContinue(message) && <ContinueButton message={message} />}
      <div data-testid="message-actions" className={`mt-1 flex flex-wrap items-center gap-1 ${user ? "justify-end" : ""}`}>
        {version && <VersionSwitcher version={version} />}
        <CopyButton testId="copy-message-button" label={tc("copy")} text={() => (user ? message.content : stripMarkup(message.content))} />
        {user ? (
          <Button size="sm" data-testid="edit-message-button" disabled={busy} className={quiet} onClick={() => s().setEditing(message.id)}>
            {t("edit")}
          </Button>
        ) : (
          <Button size="sm" data-testid="regenerate-button" disabled={busy} className={quiet} onClick={() => s().regenerate(message.id)}>
            {t("regenerate")}
          </Button>
        )}
        <Button size="sm" data-testid="delete-message-button" disabled={busy} className={quiet} onClick={() => s().deleteMessage(message.id)}>
          {t("delete")}
        </Button>
        {!user && <AnswerFeedback key={message.id} message={message} />}
        {!user && message.model && <AnswerModel model={message.model} />}
      </div>
    </div>
  );
}
