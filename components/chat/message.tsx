"use client";

import { useTranslations } from "next-intl";
import { memo, Suspense, useId, useState, type ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { answeredInReasoningOnly, finishNotice } from "@/lib/chat/outcome";
import { reasoningOpenByDefault } from "@/lib/chat/reasoning-open";
import type { Attachment, ChatMessage } from "@/lib/chat/message";
import type { VersionInfo } from "@/lib/chat/tree";
import { lazyPart } from "@/components/ui/lazy-part";

// Only answers about an image or video need the overlay code. They sit in the Suspense boundary
// below (not one each: `boundary: false`). Without one, while the chunk loaded the nearest boundary above
// (none on /c/<id>, the message list hydrates with the shell) held back the whole message list's
// update, and React rendered it all again when the chunk came (docs/decisions/startup-reads.md,
// round 6).
const VisionAnswer = lazyPart(() => import("@/components/vision/vision-answer").then((m) => m.VisionAnswer), { inline: true, boundary: false });
const PageLinks = lazyPart(() => import("@/components/vision/page-links").then((m) => m.PageLinks), { inline: true, boundary: false });
import { UserAttachments } from "./attachments/user-attachments";
import { TextFileChips } from "./attachments/text-file-chips";
import { splitFileBlocks } from "@/lib/media/text-file-blocks";
import { NoticeCard } from "./notice-card";
import { canContinue, ContinueButton } from "./versions/continue-button";
import { ReasoningPanel } from "./reasoning-panel";
import { AnswerBody } from "./answer-body";
import { answerExtras } from "./answer/answer-extras";
import { MessageActions } from "./message-actions";
import { useLiveMessage } from "./use-live-message";
import { SystemMessage } from "./system-message";

interface Props {
  message: ChatMessage;
  onRetry?: (id: string) => void;
  /** For an assistant message: the images / video of the turn it answers. */
  turnMedia?: readonly Attachment[];
  /** Where this message stands among its versions, when it has any. */
  version?: VersionInfo;
}

export const Message = memo(function Message({ message, onRetry, turnMedia, version }: Props) {
  if (message.role === "user") return <UserMessage message={message} version={version} />;
  if (message.role === "system") return <SystemMessage message={message} />;
  return <AssistantMessage message={message} onRetry={onRetry} turnMedia={turnMedia} version={version} />;
});

/**
 * Each message is an article headed by who speaks, as on the share page (shared-message.tsx), so
 * a screen reader says who is speaking and can jump from message to message. The heading sits
 * beside the message element, not in it: the message's own text (what is read, copied, tested)
 * stays the message.
 */
function Speaker({ who, children }: { who: "chat.fromYou" | "brand.model"; children: ReactNode }) {
  const t = useTranslations();
  const headingId = useId();
  return (
    <article aria-labelledby={headingId}>
      <h2 id={headingId} className="sr-only">{t(who)}</h2>
      {children}
    </article>
  );
}

function UserMessage({ message, version }: { message: ChatMessage; version?: VersionInfo }) {
  // Text files travel as quoted blocks before the typed text; the bubble shows them as files.
  const { files, typed } = splitFileBlocks(message.content, message.textFiles);
  return (
    <Speaker who="chat.fromYou">
      <div data-testid="message-user" className="flex flex-col items-end gap-2">
        {message.attachments?.length ? <UserAttachments attachments={message.attachments} /> : null}
        {files.length ? <TextFileChips files={files} /> : null}
        {typed && <div dir="auto" className="max-w-[85%] whitespace-pre-wrap break-words rounded-2xl bg-muted px-4 py-2.5">{typed}</div>}
        <MessageActions message={message} version={version} />
      </div>
    </Speaker>
  );
}

function AssistantMessage({ message: stored, onRetry, turnMedia, version }: Props) {
  const t = useTranslations("chat");
  const message = useLiveMessage(stored);
  const streaming = message.status === "streaming";
  const thinking = streaming && !message.content;
  // An interrupted answer says why in its own badge, with Continue.
  const notice = message.status === "interrupted" ? undefined : (message.error ?? finishNotice(message));
  // Not an empty answer: the trace is the answer here (it stays open), with a word saying why.
  const onlyReasoning = answeredInReasoningOnly(message);
  // Cut by the provider's safety filter: what arrived may be what it objected to, so the reader
  // can put it out of sight (it stays in the chat, for Copy and for a version).
  const flagged = message.finishReason === "sensitive" && !streaming && message.content.trim() !== "";
  const [hidden, setHidden] = useState(false);
  const shown = !(flagged && hidden);
  return (
    <Speaker who="brand.model">
      <div data-testid="message-assistant" data-status={message.status} className="min-w-0">
        {message.reasoning && <ReasoningPanel reasoning={message.reasoning} thinking={thinking} durationMs={message.reasoningMs} openByDefault={reasoningOpenByDefault(message)} />}
        {onlyReasoning && <p className="text-sm text-muted-fg" data-testid="reasoning-only-note">{t("reasoningOnly")}</p>}
        {thinking && !message.reasoning && <p className="animate-pulse text-sm text-muted-fg">{t("waiting")}</p>}
        {shown ? <AnswerBody message={message} /> : <p data-testid="flagged-hidden" className="text-sm text-muted-fg italic">{t("flaggedHidden")}</p>}
        {shown && turnMedia?.length && message.content ? (
          <Suspense>
            <VisionAnswer content={message.content} media={turnMedia} />
            {turnMedia.some((m) => m.doc) ? <PageLinks content={message.content} media={turnMedia} /> : null}
          </Suspense>
        ) : null}
        {answerExtras(message)}
        {message.finishReason === "aborted" && (
          <div className="mt-2 flex items-center gap-2">
            <p className="text-xs text-muted-fg" data-testid="stopped-note">{t("stopped")}</p>
            {canContinue(message) && <ContinueButton message={message} quiet />}
          </div>
        )}
        {notice && <NoticeCard message={message} notice={notice} onRetry={onRetry} />}
        {flagged && (
          <Button variant="ghost" size="xs" data-testid="flagged-toggle" className="mt-1 print:hidden" onClick={() => setHidden((h) => !h)}>
            {hidden ? t("showFlagged") : t("hideFlagged")}
          </Button>
        )}
        <MessageActions message={message} version={version} />
      </div>
    </Speaker>
  );
}
