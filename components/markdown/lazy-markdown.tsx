"use client";

import { useContext, useEffect, useState } from "react";
import type { MarkdownBlock as MarkdownBlockType } from "./markdown-block";
import { BlockComponentContext, useMarkdownView, type MarkdownProps } from "./markdown-view";

/**
 * The parser (react-markdown, micromark, GFM, math) is its own chunk, kept out of the chat page's
 * first load (it does not block hydration) but requested as soon as this module runs, so it is
 * there before a first answer can arrive.
 */
let loaded: typeof MarkdownBlockType | null = null;
let loading: Promise<void> | null = null;

export function preloadMarkdown(): Promise<void> {
  loading ??= import("./markdown-block").then((m) => {
    loaded = m.MarkdownBlock;
  });
  return loading;
}

if (typeof window !== "undefined") void preloadMarkdown().catch(() => undefined);

function useMarkdownBlock(): typeof MarkdownBlockType | null {
  const provided = useContext(BlockComponentContext);
  const [Block, setBlock] = useState(() => provided ?? loaded);
  useEffect(() => {
    if (!Block && !provided) preloadMarkdown().then(() => setBlock(() => loaded), () => undefined);
  }, [Block, provided]);
  return provided ?? Block;
}

/** Markdown for the chat page: same output as `Markdown`, with the parser loaded lazily. */
export function LazyMarkdown(props: MarkdownProps) {
  const Block = useMarkdownBlock();
  return useMarkdownView(props, Block);
}
