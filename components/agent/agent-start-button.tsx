"use client";

import { glyphs } from "@/components/ui/glyphs";
import { useTranslations } from "next-intl";
import { IconButton } from "@/components/ui/icon-button";
import { HEADER_WORDS } from "@/components/chat/header-fit";
import { useChatStore } from "@/lib/store/chat-store";
import { focusWhenShown, isTouchOnly } from "@/components/chat/a11y/focus";

/** Starts a GUI-agent session, in a new chat when this one has messages. */
export function startAgentSession(onNewChat: () => void): void {
  if (useChatStore.getState().messages.length) onNewChat();
  useChatStore.getState().setAgent({ task: "", platform: "ubuntu" });
  // The button that started it leaves: the task is what comes next (the panel loads on demand).
  if (!isTouchOnly()) focusWhenShown("agent-task", 120);
}

/** Header button: starts a GUI-agent session (in a new chat when this one has messages). */
export function AgentStartButton({ onNewChat }: { onNewChat: () => void }) {
  const t = useTranslations("agent");
  const active = useChatStore((s) => !!s.conversation.settings.agent);
  if (active) return null;
  return (
    // A labelled icon on a phone, icon and words on wider screens (never a bare glyph).
    <IconButton
      data-testid="agent-start-button"
      label={t("startTitle")}
      text={t("start")}
      textClassName={HEADER_WORDS}
      icon={glyphs.bot}
      onClick={() => startAgentSession(onNewChat)}
    />
  );
}
