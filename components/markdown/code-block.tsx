"use client";

import { useTranslations } from "next-intl";
import { Fragment, memo, useState, type CSSProperties } from "react";
import type { ThemedToken } from "@/lib/markdown/highlighter";
import { resolveLanguage } from "@/lib/markdown/languages";
import { CopyButton } from "./copy-button";
import { HtmlPreview } from "./html-preview";
import { useHighlight } from "./use-highlight";
import { Button } from "@/components/ui/button";

export interface CodeBlockProps {
  code: string;
  /** The fence info string as the model wrote it (untrusted). */
  language?: string | null;
}

function tokenStyle(token: ThemedToken): CSSProperties | undefined {
  const style = token.htmlStyle;
  if (!style) return token.color ? { color: token.color } : undefined;
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(style)) {
    // shiki emits kebab-case CSS; React wants camelCase (custom properties stay as they are).
    out[key.startsWith("--") ? key : key.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase())] = value;
  }
  return out as CSSProperties;
}

// Finished lines keep the same token arrays across updates, so memo skips them.
const Line = memo(function Line({ tokens }: { tokens: ThemedToken[] }) {
  return (
    <span className="md-line">
      {tokens.map((t, i) => (
        <span key={i} style={tokenStyle(t)}>
          {t.content}
        </span>
      ))}
    </span>
  );
});

function displayLabel(language: string | null | undefined, resolved: string | null): string {
  const raw = (language ?? "").trim().split(/\s+/)[0] ?? "";
  if (resolved) return raw.toLowerCase();
  return raw ? raw.slice(0, 24) : "text";
}

export function CodeBlock({ code, language }: CodeBlockProps) {
  const t = useTranslations("markdown");
  const lang = resolveLanguage(language);
  const highlighted = useHighlight(code, lang);
  const previewable = lang === "html";
  const [preview, setPreview] = useState(false);

  let body: React.ReactNode = code;
  if (highlighted) {
    const rest = code.slice(highlighted.done.length);
    body = (
      <>
        {highlighted.lines.map((tokens, i) => (
          <Fragment key={i}>
            {i > 0 ? "\n" : null}
            <Line tokens={tokens} />
          </Fragment>
        ))}
        {rest && highlighted.lines.length > 0 && !highlighted.done.endsWith("\n") ? "\n" : null}
        {rest}
      </>
    );
  }

  return (
    <div
      data-testid="code-block"
      data-language={lang ?? "text"}
      className="md-code not-prose my-3 overflow-hidden rounded-lg border border-line bg-subtle"
    >
      <div className="flex items-center justify-between gap-2 border-b border-line px-3 py-1 text-xs text-muted-fg">
        <span className="font-mono" data-testid="code-language">
          {displayLabel(language, lang)}
        </span>
        <div className="flex items-center gap-1 print:hidden">
          {previewable ? (
            <Button variant="subtle" size="xs" data-testid="html-preview-button" aria-pressed={preview} onClick={() => setPreview((p) => !p)}>
              {preview ? t("code") : t("showPreview")}
            </Button>
          ) : null}
          <CopyButton text={code} testId="copy-code-button" label={t("copyCode")} />
        </div>
      </div>
      {preview ? (
        <HtmlPreview html={code} />
      ) : (
        // Focusable: a long line scrolls sideways, and a keyboard user must be able to scroll it.
        <pre tabIndex={0} className="overflow-x-auto print:overflow-visible p-3 text-sm leading-relaxed outline-none focus-visible:ring-2 focus-visible:ring-inset focus-visible:ring-ring">
          <code className="font-mono whitespace-pre print:whitespace-pre-wrap print:break-words" data-highlighted={highlighted ? "true" : "false"}>
            {body}
          </code>
        </pre>
      )}
    </div>
  );
}
