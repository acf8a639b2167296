"use client";

import { useTranslations } from "next-intl";
import { createContext, useLayoutEffect, useMemo, useState } from "react";
import { splitAnswer } from "@/lib/glm/answer-tokens";
import { createBlockPreparer } from "@/lib/markdown/prepare";
import { timingSink } from "@/lib/markdown/render-timing";
import { isTableContinuation } from "@/lib/markdown/tables";
import type { MarkdownBlock as MarkdownBlockType } from "./markdown-block";

export interface MarkdownProps {
  text: string;
  /** True while the text is still growing: the tail is healed and partial tokens held back. */
  streaming?: boolean;
  className?: string;
}

export type BlockComponent = typeof MarkdownBlockType;

/** Lets a server-rendered page hand lazily-loading markdown the parser it already bundles. */
export const BlockComponentContext = createContext<BlockComponent | null>(null);

function Blocks({ text, streaming, Block: MarkdownBlock }: { text: string; streaming: boolean; Block: BlockComponent | null }) {
  const [prepare] = useState(createBlockPreparer);
  const blocks = useMemo(() => prepare(text, streaming), [prepare, text, streaming]);
  if (!MarkdownBlock) {
    // Only until the parser chunk arrives (normally before any answer): readable, never markup.
    return <p className="whitespace-pre-wrap" data-plain-block="loading">{blocks.join("\n\n")}</p>;
  }
  return blocks.map((block, i) => {
    const continued = isTableContinuation(blocks[i - 1], block);
    const chunk = continued ? "continued" : isTableContinuation(block, blocks[i + 1] ?? "") ? "first" : undefined;
    return <MarkdownBlock key={i} text={block} tableChunk={chunk} />;
  });
}

/**
 * Renders an answer (or reasoning) as markdown, with GLM answer boxes as highlighted blocks.
 * `Block` parses one block; while it is null (its chunk still loading) blocks show as plain text.
 */
export function MarkdownView({ text, streaming = false, className = "", Block }: MarkdownProps & { Block: BlockComponent | null }) {
  // Benchmark only: render + commit time of this subtree (layout effects run after the commit).
  const started = timingSink() ? performance.now() : 0;
  useLayoutEffect(() => {
    if (!started) return;
    const at = performance.now();
    timingSink()?.renders.push({ chars: text.length, ms: at - started, streaming, at });
  });
  const t = useTranslations("markdown");
  const segments = useMemo(() => splitAnswer(text, { streaming }), [text, streaming]);
  const last = segments.length - 1;
  return (
    <div className={`md min-w-0 break-words ${className}`}>
      {segments.map((segment, i) =>
        segment.type === "box" ? (
          <div
            key={i}
            data-testid="message-answer-box"
            className="my-3 rounded-lg border border-success-line bg-success-soft px-4 py-2"
          >
            <div className="mb-1 text-xs font-semibold uppercase tracking-wide text-success-fg">
              {t("answer")}
            </div>
            <Blocks text={segment.text} streaming={streaming && i === last} Block={Block} />
          </div>
        ) : (
          <Blocks key={i} text={segment.text} streaming={streaming && i === last} Block={Block} />
        ),
      )}
    </div>
  );
}
