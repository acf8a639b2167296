"use client";

import { TaskBox } from "./task-box";
import { memo, type ComponentProps, type ReactNode } from "react";
import type { Components } from "react-markdown";
import type { PluggableList } from "unified";
import remarkGfm from "remark-gfm";
import remarkMath from "remark-math";
import { BOX_MARKS } from "@/lib/glm/answer-tokens";
import { isFootnotesHeadingId } from "@/lib/markdown/footnote-labels";
import { isTooComplex } from "@/lib/markdown/preprocess";
import { rehypeAnswerBox } from "@/lib/markdown/rehype-answer-box";
import { rehypeDirAuto } from "@/lib/markdown/rehype-dir-auto";
import { remarkHtmlAsText } from "@/lib/markdown/remark-html-as-text";
import { sanitizeImageUrl, sanitizeLinkUrl } from "@/lib/markdown/sanitize-url";
import { AnswerBox } from "./answer-box";
import { CodeBlock } from "./code-block";
import { FootnotesHeading, InPageLink } from "./footnotes";
import { MathView } from "./math";
import { RemoteImage } from "./remote-image";
import { markdownRenderer } from "./render-markdown";

interface HastNode {
  type: string;
  tagName?: string;
  value?: string;
  properties?: { className?: unknown };
  children?: HastNode[];
}

function textOf(node: HastNode | undefined): string {
  if (!node) return "";
  if (node.type === "text") return (node.value ?? "").replace(BOX_MARKS, "");
  return (node.children ?? []).map(textOf).join("");
}

function classes(node: HastNode | undefined): string[] {
  const c = node?.properties?.className;
  return Array.isArray(c) ? c.map(String) : typeof c === "string" ? c.split(" ") : [];
}

const remarkPlugins = [remarkGfm, remarkMath, remarkHtmlAsText];

function urlTransform(url: string, key: string): string {
  const safe = key === "src" ? sanitizeImageUrl(url) : sanitizeLinkUrl(url);
  return safe ?? "";
}

/**
 * An answer's headings sit under its message's heading (an h2, "GLM" in the chat, "Assistant" on
 * the share page) below the page's one h1, so `# Title` is an h3: two levels down, the deepest
 * kept at h6. They keep the look of the level written (`md-h1` ... in markdown.css).
 */
function demoted(level: number) {
  return function Heading({ node: _node, className, ...props }: ComponentProps<"h1"> & { node?: unknown }) {
    const Tag = `h${Math.min(level + 2, 6)}` as "h3";
    return <Tag {...props} className={className ? `md-h${level} ${className}` : `md-h${level}`} />;
  };
}

const components: Components = {
  div({ node: _node, children, ...props }) {
    const kind = (props as Record<string, unknown>)["data-answer-box"];
    if (kind) return <AnswerBox block continued={(props as Record<string, unknown>)["data-continued"] === "true"}>{children}</AnswerBox>;
    return <div {...props}>{children}</div>;
  },
  span({ node: _node, children, ...props }) {
    if ((props as Record<string, unknown>)["data-answer-box"]) return <AnswerBox block={false}>{children}</AnswerBox>;
    return <span {...props}>{children}</span>;
  },
  pre({ node }) {
    const code = (node as HastNode | undefined)?.children?.find((c) => c.tagName === "code");
    const cls = classes(code);
    const text = textOf(code).replace(/\n$/, "");
    if (cls.includes("math-display")) return <MathView tex={text} display />;
    const lang = cls.find((c) => c.startsWith("language-"))?.slice("language-".length);
    return <CodeBlock code={text} language={lang} />;
  },
  code({ node, children }) {
    if (classes(node as HastNode).includes("math-inline")) return <MathView tex={textOf(node as HastNode)} display={false} />;
    return <code className="md-inline-code">{children}</code>;
  },
  a({ href, children, id, ...rest }) {
    if (!href) return <span>{children}</span>;
    const named = rest as { "aria-label"?: string; "aria-describedby"?: string };
    if (href.startsWith("#")) return <InPageLink href={href} id={id} label={named["aria-label"]} describedBy={named["aria-describedby"]}>{children}</InPageLink>;
    return (
      <a href={href} id={id} target="_blank" rel="noopener noreferrer nofollow">
        {children}
      </a>
    );
  },
  h1: demoted(1),
  h2({ node, ...props }) {
    return isFootnotesHeadingId(props.id) ? <FootnotesHeading {...props} /> : demoted(2)({ node, ...props });
  },
  h3: demoted(3),
  h4: demoted(4),
  h5: demoted(5),
  h6: demoted(6),
  img({ src, alt }) {
    return <RemoteImage src={typeof src === "string" ? src : undefined} alt={alt} />;
  },
  table({ children }) {
    return (
      // Focusable for the same reason as a code block: a wide table scrolls sideways.
      <div className="md-table-wrap overflow-x-auto" tabIndex={0}>
        <table>{children}</table>
      </div>
    );
  },
  input({ checked, type }) {
    // GFM task list boxes are display only.
    return type === "checkbox" ? <TaskBox checked={!!checked} /> : null;
  },
};

/** Chunks of a long table (lib/markdown/tables.ts): the first keeps its header, the rest hide theirs. */
export type TableChunk = "first" | "continued";

const chunkComponents: Record<TableChunk, Components> = {
  first: { ...components, table: ({ children }) => <div className="md-table-wrap md-table-chunk overflow-x-auto"><table>{children}</table></div> },
  continued: { ...components, table: ({ children }) => <div className="md-table-wrap md-table-chunk md-table-continued overflow-x-auto"><table>{children}</table></div> },
};

// One processor per plugin set, made on first use and reused by every block.
const renderers = {
  open: markdownRenderer(remarkPlugins, [[rehypeAnswerBox, { open: true }], rehypeDirAuto] as unknown as PluggableList),
  closed: markdownRenderer(remarkPlugins, [[rehypeAnswerBox, { open: false }], rehypeDirAuto] as unknown as PluggableList),
};

/**
 * One top-level markdown block, memoised by its text: finished blocks never re-render. `boxOpen`:
 * the block begins inside an answer box opened by an earlier block.
 */
export const MarkdownBlock = memo(function MarkdownBlock({ text, tableChunk, boxOpen = false }: { text: string; tableChunk?: TableChunk; boxOpen?: boolean }): ReactNode {
  if (isTooComplex(text)) return <p dir="auto" className="whitespace-pre-wrap" data-plain-block="true">{text.replace(BOX_MARKS, "")}</p>;
  return renderers[boxOpen ? "open" : "closed"](text, tableChunk ? chunkComponents[tableChunk] : components, urlTransform);
});
