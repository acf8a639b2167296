"use client";

import { MarkdownBlock } from "./markdown-block";
import type { ReactNode } from "react";
import { BlockComponentContext, MarkdownView, type MarkdownProps } from "./markdown-view";

export type { MarkdownProps };

/** Markdown with the parser bundled in: renders fully on the server too (share page, tests). */
export function Markdown(props: MarkdownProps) {
  return <MarkdownView {...props} Block={MarkdownBlock} />;
}

/** Inside it, `LazyMarkdown` (the chat components) renders at once, on the server too. */
export function BundledMarkdownParser({ children }: { children: ReactNode }) {
  return <BlockComponentContext value={MarkdownBlock}>{children}</BlockComponentContext>;
}
