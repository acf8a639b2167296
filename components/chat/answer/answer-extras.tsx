"use client";

import type { ChatMessage } from "@/lib/chat/message";
import { SourceList } from "./source-list";
import { ToolCallCard } from "./tool-call-card";
import { UsageLine } from "./usage-line";

/** What comes with an answer besides its text: a damage warning, tool calls, sources, usage. */
export function AnswerExtras({ message }: { message: ChatMessage }) {
  const done = message.status !== "streaming";
  return (
    <>
      {message.warning && (
        <p role="status" data-testid="message-warning" data-code={message.warning.code} className="mt-2 rounded-lg border border-amber-300 bg-amber-50 px-3 py-1.5 text-sm text-amber-950 dark:border-amber-800 dark:bg-amber-950/40 dark:text-amber-100">
          {message.warning.message}
        </p>
      )}
      {message.toolCalls?.map((call) => <ToolCallCard key={call.id} call={call} />)}
      {message.sources?.length ? <SourceList sources={message.sources} /> : null}
      {done && message.usage && <UsageLine usage={message.usage} />}
    </>
  );
}
