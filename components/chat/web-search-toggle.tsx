"use client";

import { Switch } from "@/components/ui/switch";
import { useModelInfo, useServerInfo } from "@/lib/chat/use-server-info";
import { useChatStore } from "@/lib/store/chat-store";

/**
 * Per-conversation Web search switch. Shown only where Z.ai's built-in search exists (the zai
 * dialect) and for text models: vision models accept only function tools.
 */
export function WebSearchToggle() {
  const { model, webSearch } = useChatStore((s) => s.conversation.settings);
  const server = useServerInfo();
  const info = useModelInfo(model);
  if (!server.webSearch || !info || info.images) return null;
  const on = !!webSearch;
  const tip = on ? "Web search on: the model may search the web and cite its sources. Click to turn off." : "Web search off. Click to let the model search the web.";
  return (
    <span title={tip} className="inline-flex">
      <Switch testId="web-search-toggle" label="Web search" checked={on} onCheckedChange={(webSearch) => useChatStore.getState().patchSettings({ webSearch })} text="Web search" className="h-8" />
    </span>
  );
}
