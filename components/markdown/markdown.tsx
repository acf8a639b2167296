"use client";

import { useMemo } from "react";
import { splitAnswer } from "@/lib/glm/answer-tokens";
import { prepareBlocks } from "@/lib/markdown/prepare";
import { MarkdownBlock } from "./markdown-block";

export interface MarkdownProps {
  text: string;
  /** True while the text is still growing: the tail is healed and partial tokens held back. */
  streaming?: boolean;
  className?: string;
}

function Blocks({ text, streaming }: { text: string; streaming: boolean }) {
  const blocks = useMemo(() => prepareBlocks(text, streaming), [text, streaming]);
  return blocks.map((block, i) => <MarkdownBlock key={i} text={block} />);
}

/** Renders an answer (or reasoning) as markdown, with GLM answer boxes as highlighted blocks. */
export function Markdown({ text, streaming = false, className = "" }: MarkdownProps) {
  const segments = useMemo(() => splitAnswer(text, { streaming }), [text, streaming]);
  const last = segments.length - 1;
  return (
    <div className={`md min-w-0 break-words ${className}`}>
      {segments.map((segment, i) =>
        segment.type === "box" ? (
          <div
            key={i}
            data-testid="message-answer-box"
            className="my-3 rounded-lg border border-emerald-300 bg-emerald-50 px-4 py-2 dark:border-emerald-700 dark:bg-emerald-950/40"
          >
            <div className="mb-1 text-xs font-semibold uppercase tracking-wide text-emerald-700 dark:text-emerald-300">
              Answer
            </div>
            <Blocks text={segment.text} streaming={streaming && i === last} />
          </div>
        ) : (
          <Blocks key={i} text={segment.text} streaming={streaming && i === last} />
        ),
      )}
    </div>
  );
}
