"use client";

import type { ChatMessage } from "@/lib/chat/message";
import { useErrorText } from "@/components/ui/use-error-text";
import { SourceList } from "./source-list";
import { ToolCallCard, ToolCallNote } from "./tool-call-card";
import { UsageLine } from "./usage-line";

/**
 * What comes with an answer besides its text: a damage warning, tool calls, sources, usage.
 * Elements the answer makes, not a component: most answers have none of them, and a component
 * per answer was a render each (docs/decisions/startup-reads.md, round 6).
 */
export function answerExtras(message: ChatMessage) {
  const done = message.status !== "streaming";
  return (
    <>
      {message.warning && <AnswerWarning warning={message.warning} />}
      {message.toolCalls?.map((call) => <ToolCallCard key={call.id} call={call} />)}
      {/* The answer ends at the call: say why, or it reads as cut off. */}
      {done && message.finishReason === "tool_calls" && message.toolCalls?.length ? <ToolCallNote /> : null}
      {message.sources?.length ? <SourceList sources={message.sources} /> : null}
      {done && message.usage && <UsageLine usage={message.usage} />}
    </>
  );
}

function AnswerWarning({ warning }: { warning: NonNullable<ChatMessage["warning"]> }) {
  const explain = useErrorText();
  return (
    <p role="status" data-testid="message-warning" data-code={warning.code} className="mt-2 rounded-lg border border-warning-line bg-warning-soft px-3 py-1.5 text-sm text-warning-fg">
      {explain(warning).text}
    </p>
  );
}
