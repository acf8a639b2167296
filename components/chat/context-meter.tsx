"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useModelFacts } from "@/lib/chat/model-facts";
import { contextStatus, conversationTotals, formatCost } from "@/lib/chat/usage-summary";
import { useChatStore } from "@/lib/store/chat-store";
import { Button } from "@/components/ui/button";

/**
 * The conversation's totals and how full the model's context window is after the last turn,
 * with a warning and two ways out before the next turn would not fit.
 */
export function ContextMeter() {
  const t = useTranslations("context");
  const format = useFormatter();
  // Token counts in the reader's digits and grouping.
  const formatTokens = (n: number) => format.number(n);
  const messages = useChatStore((s) => s.messages);
  const settings = useChatStore((s) => s.conversation.settings);
  const info = useModelFacts(settings.model);
  const totals = conversationTotals(messages);
  const status = info ? contextStatus(messages, info.contextTokens) : undefined;
  if (!totals.answers) return null;
  const pct = status ? Math.min(100, Math.round((status.used / status.limit) * 100)) : 0;
  // Every image already sent is "old" once the next message goes out.
  const hasOldImages = messages.some((m) => m.role === "user" && m.attachments?.length);
  const s = useChatStore.getState;
  return (
    <div data-testid="context-meter" data-level={status?.level ?? "ok"} className="flex min-w-0 flex-wrap items-center gap-x-3 gap-y-1 text-xs tabular-nums text-muted-fg">
      <span data-testid="conversation-total">
        {t("total", { tokens: formatTokens(totals.promptTokens + totals.completionTokens) })}
        {totals.costUsd !== undefined && ` · ${formatCost(totals.costUsd)}`}
      </span>
      {totals.uncounted > 0 && (
        <span data-testid="uncounted-answers" title={t("uncountedTitle")}>
          {t("uncounted", { count: totals.uncounted })}
        </span>
      )}
      {status && (
        <span className="inline-flex items-center gap-1.5" title={t("title", { used: formatTokens(status.used), limit: formatTokens(status.limit) })}>
          <span className="relative h-1.5 w-16 overflow-hidden rounded-full bg-muted-strong" aria-hidden>
            <span className={`absolute inset-y-0 left-0 ${status.level === "ok" ? "bg-muted-fg" : "bg-mark-active"}`} style={{ width: `${pct}%` }} />
          </span>
          <span data-testid="context-usage">
            {t("usage", { used: formatTokens(status.used), limit: formatTokens(status.limit) })}
          </span>
        </span>
      )}
      {status && status.level !== "ok" && (
        <span role="status" data-testid="context-warning" className="inline-flex flex-wrap items-center gap-2 rounded-lg border border-warning-line bg-warning-soft px-2 py-0.5 text-warning-fg">
          {status.level === "full" ? t("full") : t("near")}
          <Button variant="inline-link" size="inline" data-testid="new-chat-with-summary" onClick={() => s().continueInNewChat()}>
            {t("summary")}
          </Button>
          {hasOldImages && !settings.dropOldImages && (
            <Button variant="inline-link" size="inline" data-testid="drop-old-images" onClick={() => s().patchSettings({ dropOldImages: true })}>
              {t("dropImages")}
            </Button>
          )}
          {settings.dropOldImages && <span data-testid="old-images-dropped">{t("imagesDropped")}</span>}
        </span>
      )}
    </div>
  );
}
