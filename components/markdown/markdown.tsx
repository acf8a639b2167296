"use client";

import { useEffect, useLayoutEffect, useMemo, useState } from "react";
import { splitAnswer } from "@/lib/glm/answer-tokens";
import { createBlockPreparer } from "@/lib/markdown/prepare";
import { timingSink } from "@/lib/markdown/render-timing";
import { isTableContinuation } from "@/lib/markdown/tables";
import type { MarkdownBlock as MarkdownBlockType } from "./markdown-block";

/**
 * The parser (react-markdown, micromark, GFM, math) is its own chunk, kept out of the chat page's
 * first load and fetched as soon as the page is idle, long before a first answer can arrive.
 */
let MarkdownBlock: typeof MarkdownBlockType | null = null;
let loading: Promise<void> | null = null;

export function preloadMarkdown(): Promise<void> {
  loading ??= import("./markdown-block").then((m) => {
    MarkdownBlock = m.MarkdownBlock;
  });
  return loading;
}

if (typeof window !== "undefined") {
  const idle = window.requestIdleCallback ?? ((f: () => void) => setTimeout(f, 1));
  idle(() => void preloadMarkdown().catch(() => undefined));
}

function useMarkdownBlock(): typeof MarkdownBlockType | null {
  const [Block, setBlock] = useState(() => MarkdownBlock);
  useEffect(() => {
    if (!Block) preloadMarkdown().then(() => setBlock(() => MarkdownBlock), () => undefined);
  }, [Block]);
  return Block;
}

export interface MarkdownProps {
  text: string;
  /** True while the text is still growing: the tail is healed and partial tokens held back. */
  streaming?: boolean;
  className?: string;
}

function Blocks({ text, streaming }: { text: string; streaming: boolean }) {
  const [prepare] = useState(createBlockPreparer);
  const blocks = useMemo(() => prepare(text, streaming), [prepare, text, streaming]);
  const MarkdownBlock = useMarkdownBlock();
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

/** Renders an answer (or reasoning) as markdown, with GLM answer boxes as highlighted blocks. */
export function Markdown({ text, streaming = false, className = "" }: MarkdownProps) {
  // Benchmark only: render + commit time of this subtree (layout effects run after the commit).
  const started = timingSink() ? performance.now() : 0;
  useLayoutEffect(() => {
    if (!started) return;
    const at = performance.now();
    timingSink()?.renders.push({ chars: text.length, ms: at - started, streaming, at });
  });
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
