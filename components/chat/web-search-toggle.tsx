"use client";

import { useTranslations } from "next-intl";
import { Switch } from "@/components/ui/switch";
import { useModelFacts } from "@/lib/chat/model-facts";
import { useServerInfo } from "@/lib/chat/use-server-info";
import { useChatStore } from "@/lib/store/chat-store";

/**
 * Per-conversation Web search switch. Shown only where Z.ai's built-in search exists (the zai
 * dialect) and for text models: vision models accept only function tools.
 */
export function WebSearchToggle() {
  const t = useTranslations("chat");
  const { model, webSearch } = useChatStore((s) => s.conversation.settings);
  const server = useServerInfo();
  const info = useModelFacts(model);
  if (!server.webSearch || !info || info.images) return null;
  const on = !!webSearch;
  const tip = on ? t("webSearchOn") : t("webSearchOff");
  return (
    <span title={tip} className="inline-flex">
      <Switch testId="web-search-toggle" label={t("webSearch")} checked={on} onCheckedChange={(webSearch) => useChatStore.getState().patchSettings({ webSearch })} text={t("webSearch")} className="h-8" />
    </span>
  );
}
