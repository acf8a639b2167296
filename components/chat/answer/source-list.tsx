"use client";

import { useTranslations } from "next-intl";
import type { Source } from "@/lib/chat/message";
import { httpUrl } from "@/lib/glm/web-search";

/** Numbered web search sources under an answer. Results are untrusted: http(s) links only, text as text. */
export function SourceList({ sources }: { sources: readonly Source[] }) {
  const t = useTranslations("answer");
  const safe = sources.flatMap((s) => {
    const href = httpUrl(s.link);
    return href ? [{ ...s, href }] : [];
  });
  if (!safe.length) return null;
  return (
    <section data-testid="source-list" aria-label={t("sources")} className="mt-3 rounded-xl border border-line px-3 py-2 text-sm">
      <h3 className="mb-1 text-xs font-semibold uppercase tracking-wide text-muted-fg">{t("sources")}</h3>
      <ol className="grid gap-1">
        {safe.map((s) => (
          <li key={`${s.index}-${s.href}`} data-testid="source-item" className="flex min-w-0 gap-2">
            <span className="shrink-0 tabular-nums text-muted-fg">[{s.index}]</span>
            <span className="min-w-0">
              <a href={s.href} target="_blank" rel="noopener noreferrer nofollow ugc" data-testid="source-link" className="font-medium text-link underline-offset-2 hover:underline">
                {s.title}
              </a>
              <span className="text-muted-fg">
                {" · "}
                {s.site ?? new URL(s.href).hostname}
                {/* A date broken over two lines on a phone ("2025-08-" / "11") reads as two things. */}
                {s.publishDate && <span className="whitespace-nowrap">{` · ${s.publishDate}`}</span>}
              </span>
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}
