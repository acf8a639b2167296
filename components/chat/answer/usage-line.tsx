"use client";

import { useFormatter, useTranslations } from "next-intl";
import type { Usage } from "@/lib/chat/message";
import { formatCost } from "@/lib/chat/usage-summary";

/** The answer's token counts (prompt, completion, cached, reasoning when given), its cost, and whether a part is left out. */
export function UsageLine({ usage }: { usage: Usage }) {
  const t = useTranslations("answer");
  const format = useFormatter();
  // Token counts in the reader's digits and grouping.
  const formatTokens = (n: number) => format.number(n);
  const counts = {
    prompt: formatTokens(usage.promptTokens),
    completion: formatTokens(usage.completionTokens),
    cached: usage.cachedTokens ? formatTokens(usage.cachedTokens) : "none",
    reasoning: usage.reasoningTokens ? formatTokens(usage.reasoningTokens) : "none",
  };
  return (
    <p data-testid="usage-line" className="mt-1 text-xs tabular-nums text-muted-fg">
      {t("usage", counts)}
      {usage.costUsd !== undefined && <span data-testid="usage-cost">{` · ${formatCost(usage.costUsd)}`}</span>}
      {usage.unreported && (
        <span data-testid="usage-unreported" title={t("unreportedTitle")}>
          {` · ${t("unreported")}`}
        </span>
      )}
    </p>
  );
}
