"use client";

import { createContext, memo, useLayoutEffect, useMemo, useState, type ReactElement } from "react";
import { BOX_MARKS, markAnswerBoxes } from "@/lib/glm/answer-tokens";
import { flushHighlights, streamingViewStarted } from "@/lib/markdown/highlight-batch";
import { markdownAsPlainText } from "@/lib/markdown/plain-text";
import { createBlockPreparer } from "@/lib/markdown/prepare";
import { timingSink } from "@/lib/markdown/render-timing";
import { isTableContinuation } from "@/lib/markdown/tables";
import { boxOpenAfter } from "@/lib/markdown/rehype-answer-box";
import type { MarkdownBlock as MarkdownBlockType, TableChunk } from "./markdown-block";

export interface MarkdownProps {
  text: string;
  /** True while the text is still growing: the tail is healed and partial tokens held back. */
  streaming?: boolean;
  className?: string;
}

export type BlockComponent = typeof MarkdownBlockType;

/** Lets a server-rendered page hand lazily-loading markdown the parser it already bundles. */
export const BlockComponentContext = createContext<BlockComponent | null>(null);

interface BlockItem {
  text: string;
  chunk: TableChunk | undefined;
  boxOpen: boolean;
}

// Blocks are rendered in fixed groups by position, each memoised: a streamed update re-renders the
// group holding the growing tail, and React skips the finished groups whole instead of visiting
// hundreds of memoised blocks one by one on every update.
const GROUP_SIZE = 24;

// Each group is its own stacking context, so Chrome's per-frame pre-paint, paint and hit testing
// treat a finished group as one cached unit (or skip it off screen) instead of walking all its
// boxes and the formulas' layers on every streamed update: -25% main-thread time streaming the
// peer bench's answer in 400-character updates. Inline, not in markdown.css: part of the output.
// markdown.css lets margins collapse through the group as if it were not there.
const GROUP_STYLE = { position: "relative", zIndex: 0 } as const;

const sameItems = (a: BlockItem[], b: BlockItem[]) =>
  a.length === b.length && a.every((x, i) => x.text === b[i].text && x.chunk === b[i].chunk && x.boxOpen === b[i].boxOpen);

const BlockGroup = memo(
  function BlockGroup({ items, Block }: { items: BlockItem[]; Block: BlockComponent }) {
    return (
      <div className="md-group" style={GROUP_STYLE}>
        {items.map((item, i) => <Block key={i} text={item.text} tableChunk={item.chunk} boxOpen={item.boxOpen} />)}
      </div>
    );
  },
  (prev, next) => prev.Block === next.Block && sameItems(prev.items, next.items),
);

function renderBlocks(blocks: string[], MarkdownBlock: BlockComponent | null) {
  if (!MarkdownBlock) {
    // Only until the parser chunk arrives (normally before any answer): readable, never markup,
    // and without the markdown punctuation the real render would hide.
    return <p className="whitespace-pre-wrap" data-plain-block="loading">{markdownAsPlainText(blocks.join("\n\n").replace(BOX_MARKS, ""))}</p>;
  }
  const groups: BlockItem[][] = [];
  let boxOpen = false;
  blocks.forEach((block, i) => {
    const continued = isTableContinuation(blocks[i - 1], block);
    const chunk = continued ? "continued" : isTableContinuation(block, blocks[i + 1] ?? "") ? "first" : undefined;
    if (i % GROUP_SIZE === 0) groups.push([]);
    groups[groups.length - 1].push({ text: block, chunk, boxOpen });
    boxOpen = boxOpenAfter(block, boxOpen);
  });
  return groups.map((items, g) => <BlockGroup key={g} items={items} Block={MarkdownBlock} />);
}

/**
 * Renders an answer (or reasoning) as ONE markdown document; GLM answer boxes are marked inside it
 * and drawn where they are (inline or around whole blocks), so lists and footnotes stay whole.
 * `Block` parses one block; while it is null (its chunk still loading) blocks show as plain text.
 * A hook, so `Markdown` and `LazyMarkdown` are one component each, not three nested ones: one
 * per answer and per open reasoning panel (docs/decisions/startup-reads.md, round 6).
 */
export function useMarkdownView({ text, streaming = false, className = "" }: MarkdownProps, Block: BlockComponent | null): ReactElement {
  // Benchmark only: render + commit time of this subtree (layout effects run after the commit).
  const started = timingSink() ? performance.now() : 0;
  useLayoutEffect(() => {
    if (!started) return;
    const at = performance.now();
    timingSink()?.renders.push({ chars: text.length, ms: at - started, streaming, at });
  });
  // Highlighting that arrived since the last update lands in this commit, before the frame paints.
  useLayoutEffect(() => (streaming ? streamingViewStarted() : undefined), [streaming]);
  useLayoutEffect(() => flushHighlights());
  const marked = useMemo(() => markAnswerBoxes(text, { streaming }), [text, streaming]);
  const [prepare] = useState(createBlockPreparer);
  const blocks = useMemo(() => prepare(marked, streaming), [prepare, marked, streaming]);
  return <div className={`md min-w-0 break-words ${className}`}>{renderBlocks(blocks, Block)}</div>;
}

export function MarkdownView({ Block, ...props }: MarkdownProps & { Block: BlockComponent | null }) {
  return useMarkdownView(props, Block);
}
