"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { useChatStore } from "@/lib/store/chat-store";

/** Header button: starts a GUI-agent session (in a new chat when this one has messages). */
export function AgentStartButton({ onNewChat }: { onNewChat: () => void }) {
  const t = useTranslations("agent");
  const active = useChatStore((s) => !!s.conversation.settings.agent);
  if (active) return null;
  return (
    <Button
      data-testid="agent-start-button"
      onClick={() => {
        if (useChatStore.getState().messages.length) onNewChat();
        useChatStore.getState().setAgent({ task: "", platform: "ubuntu" });
      }}
      className="px-2 font-normal"
      title={t("startTitle")}
    >
      {t("start")}
    </Button>
  );
}
