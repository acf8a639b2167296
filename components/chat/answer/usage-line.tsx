"use client";

import type { Usage } from "@/lib/chat/message";
import { formatCost, formatTokens } from "@/lib/chat/usage-summary";

/** The answer's token counts (prompt, completion, cached, reasoning when given) and its cost. */
export function UsageLine({ usage }: { usage: Usage }) {
  const parts = [`${formatTokens(usage.promptTokens)} prompt`, `${formatTokens(usage.completionTokens)} completion`];
  if (usage.cachedTokens) parts.push(`${formatTokens(usage.cachedTokens)} cached`);
  if (usage.reasoningTokens) parts.push(`${formatTokens(usage.reasoningTokens)} reasoning`);
  return (
    <p data-testid="usage-line" className="mt-1 text-xs tabular-nums text-zinc-500">
      {parts.join(" · ")} tokens
      {usage.costUsd !== undefined && <span data-testid="usage-cost">{` · ${formatCost(usage.costUsd)}`}</span>}
    </p>
  );
}
