"use client";

import { useTranslations } from "next-intl";
import { useMemo } from "react";
import { parseAgentSections } from "@/lib/glm/agent-sections";
import type { ChatMessage } from "@/lib/chat/message";
import { linkRefs } from "@/lib/chat/ref-links";
import { LazyMarkdown as Markdown } from "@/components/markdown/lazy-markdown";


const SECTIONS = ["memory", "reason", "action"] as const;

/** The answer as streaming markdown; GUI-agent answers (`Memory: … Reason: … Action: …`) as labelled sections. */
export function AnswerBody({ message }: { message: ChatMessage }) {
  const t = useTranslations("answer");
  const agent = useMemo(() => parseAgentSections(message.content), [message.content]);
  if (!message.content) return null;
  const streaming = message.status === "streaming";
  if (agent) {
    return (
      <dl data-testid="agent-sections" className="grid gap-2">
        {SECTIONS.map((key) =>
          agent[key] ? (
            <div key={key} data-testid={`agent-section-${key}`} className="rounded-lg border border-line px-3 py-2">
              <dt className="text-xs font-semibold uppercase tracking-wide text-muted-fg">{t(key)}</dt>
              <dd className={key === "action" ? "font-mono text-sm" : ""}>
                <Markdown text={agent[key]!} streaming={streaming} />
              </dd>
            </div>
          ) : null,
        )}
      </dl>
    );
  }
  return <Markdown text={linkRefs(message.content, message.sources)} streaming={streaming} />;
}
