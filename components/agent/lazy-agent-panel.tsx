"use client";

import { lazyPart } from "@/components/ui/lazy-part";
import { useChatStore } from "@/lib/store/chat-store";

// The session panel (timeline, answer parsing, trajectory export) loads only once a session exists.
const AgentPanel = lazyPart(() => import("./agent-panel").then((m) => m.AgentPanel), { inline: true });

export function LazyAgentPanel() {
  const active = useChatStore((s) => !!s.conversation.settings.agent);
  return active ? <AgentPanel /> : null;
}
