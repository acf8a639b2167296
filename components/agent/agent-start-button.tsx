"use client";

import { Bot } from "lucide-react";
import { IconButton } from "@/components/ui/icon-button";
import { useChatStore } from "@/lib/store/chat-store";

/** Header button: starts a GUI-agent session (in a new chat when this one has messages). */
export function AgentStartButton({ onNewChat }: { onNewChat: () => void }) {
  const active = useChatStore((s) => !!s.conversation.settings.agent);
  if (active) return null;
  return (
    <IconButton
      data-testid="agent-start-button"
      label="Run GLM-4.5V as a GUI agent: one screenshot per step, it answers with the next action"
      text="GUI agent"
      icon={<Bot aria-hidden />}
      onClick={() => {
        if (useChatStore.getState().messages.length) onNewChat();
        useChatStore.getState().setAgent({ task: "", platform: "ubuntu" });
      }}
    />
  );
}
