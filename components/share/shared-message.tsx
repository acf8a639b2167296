import { useTranslations } from "next-intl";
import { AnswerBody } from "@/components/chat/answer-body";
import { durationParts } from "@/lib/format";
import { describeModel } from "@/lib/glm/describe-model";
import { SourceList } from "@/components/chat/answer/source-list";
import { BundledMarkdownParser, Markdown } from "@/components/markdown/markdown";
import type { PublicAttachment, PublicMessage } from "@/lib/server/share/view";
import { SharedVision } from "./shared-vision";
import { SharedAttachments } from "./shared-attachments";
import { SharedPageLinks } from "./shared-page-links";
import { LightAnswer } from "./light-answer";
import { SharedEndingNote } from "./shared-ending-note";
import { sharedEnding } from "@/lib/chat/shared-ending";
import { reasoningOpenByDefault } from "@/lib/chat/reasoning-open";
import { TextFileChips } from "@/components/chat/attachments/text-file-chips";
import { ToolCallCard } from "@/components/chat/answer/tool-call-card";
import { splitFileBlocks } from "@/lib/media/text-file-blocks";

interface Props {
  message: PublicMessage;
  /** For an assistant message: the images / video of the turn it answers (as in the app). */
  turnMedia?: readonly PublicAttachment[];
  /** Too long to format on every view (see lib/server/share/paging.ts): shown as plain text. */
  plain?: boolean;
}

/**
 * One message of a shared conversation, rendered with the app's own components: user text as
 * plain text, answers as markdown with answer boxes, and boxes / GUI actions drawn on the
 * shared image. All of it renders on the server, so the page reads without JavaScript.
 */
export function SharedMessage({ message, turnMedia, plain = false }: Props) {
  const t = useTranslations("shared");
  const tc = useTranslations("chat");
  const isUser = message.role === "user";
  // A user's text files travel as quoted blocks before the typed text: shown as files, as in the app.
  const { files, typed } = isUser ? splitFileBlocks(message.content, message.textFiles) : { files: [], typed: message.content };
  const ending = sharedEnding(message);
  const answered = !isUser && message.content.trim() !== "";
  const calls = isUser ? [] : (message.toolCalls ?? []);
  return (
    <article data-testid="shared-message" data-role={message.role} aria-label={t(message.role)} className={isUser ? "flex flex-col items-end gap-2" : "min-w-0"}>
      <h2 className="sr-only">{t(message.role)}</h2>
      {message.reasoning && (
        // Open when the trace is all that arrived, as the app shows it (lib/chat/reasoning-open.ts).
        <details data-testid="shared-reasoning" open={!isUser && reasoningOpenByDefault(message)} className="mb-3 rounded-xl border border-line bg-subtle text-sm text-muted-fg">
          <summary className="cursor-pointer px-3 py-2">{message.reasoningMs === undefined ? t("reasoning") : tc("thoughtFor", durationParts(message.reasoningMs))}</summary>
          <div className="break-words px-4 pb-3">
            {plain ? <LightAnswer text={message.reasoning} /> : <Markdown text={message.reasoning} />}
          </div>
        </details>
      )}
      {message.attachments?.length ? <SharedAttachments items={message.attachments} /> : null}
      {isUser && files.length ? <TextFileChips files={files} /> : null}
      {isUser ? (
        typed && (
          <div data-testid="shared-message-content" dir="auto" className="max-w-[85%] whitespace-pre-wrap break-words rounded-2xl bg-muted px-4 py-2.5">
            {typed}
          </div>
        )
      ) : !answered ? null : plain ? (
        <div data-testid="shared-message-content" data-plain="true" className="break-words">
          <p data-testid="shared-plain-note" className="mb-2 text-xs text-muted-fg">{t("plain")}</p>
          <LightAnswer text={message.content} />
        </div>
      ) : (
        <div data-testid="shared-message-content">
          <BundledMarkdownParser>
            <AnswerBody message={{ id: "", role: message.role, content: message.content, createdAt: message.createdAt, status: "done", sources: message.sources }} />
          </BundledMarkdownParser>
          {message.sources?.length ? <SourceList sources={message.sources} /> : null}
        </div>
      )}
      {calls.map((call) => (
        <ToolCallCard key={call.id} call={call} />
      ))}
      {ending && <SharedEndingNote ending={ending} under={answered || calls.length > 0} />}
      {!isUser && turnMedia?.length && message.content ? <SharedVision content={message.content} media={turnMedia} /> : null}
      {!isUser && turnMedia?.some((m) => m.doc) && message.content ? <SharedPageLinks content={message.content} media={turnMedia} /> : null}
      {/* Named as the app names it (GLM-4.5V, not the id glm-4.5v). */}
      {message.model && !isUser && <p data-testid="shared-answer-model" className="mt-1 text-xs text-muted-fg">{describeModel(message.model).name}</p>}
    </article>
  );
}


/** For each assistant message, the media of the nearest earlier user message that has any. */
export function turnMediaByIndex(messages: readonly PublicMessage[]): Map<number, readonly PublicAttachment[]> {
  const out = new Map<number, readonly PublicAttachment[]>();
  let last: readonly PublicAttachment[] | undefined;
  messages.forEach((m, i) => {
    if (m.role === "user" && m.attachments?.length) last = m.attachments;
    else if (m.role === "assistant" && last) out.set(i, last);
  });
  return out;
}
