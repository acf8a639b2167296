"use client";

import { useTranslations } from "next-intl";
import { useModelInfo, useServerInfo } from "@/lib/chat/use-server-info";
import { useChatStore } from "@/lib/store/chat-store";

/**
 * Per-conversation Web search switch. Shown only where Z.ai's built-in search exists (the zai
 * dialect) and for text models: vision models accept only function tools.
 */
export function WebSearchToggle() {
  const t = useTranslations("chat");
  const { model, webSearch } = useChatStore((s) => s.conversation.settings);
  const server = useServerInfo();
  const info = useModelInfo(model);
  if (!server.webSearch || !info || info.images) return null;
  const on = !!webSearch;
  return (
    <button
      type="button"
      role="switch"
      aria-checked={on}
      data-testid="web-search-toggle"
      title={on ? t("webSearchOn") : t("webSearchOff")}
      onClick={() => useChatStore.getState().patchSettings({ webSearch: !on })}
      className="inline-flex items-center gap-2 rounded-lg px-2 py-1 text-sm hover:bg-muted"
    >
      <span className={`relative h-4 w-7 rounded-full transition-colors ${on ? "bg-primary" : "bg-line-strong"}`}>
        <span className={`absolute top-0.5 h-3 w-3 rounded-full bg-surface transition-transform ${on ? "translate-x-3.5" : "translate-x-0.5"}`} />
      </span>
      {t("webSearch")}
    </button>
  );
}
