"use client";

import dynamic from "next/dynamic";
import { useChatStore } from "@/lib/store/chat-store";

// The session panel (timeline, answer parsing, trajectory export) loads only once a session exists.
const AgentPanel = dynamic(() => import("./agent-panel").then((m) => m.AgentPanel), { ssr: false });

export function LazyAgentPanel() {
  const active = useChatStore((s) => !!s.conversation.settings.agent);
  return active ? <AgentPanel /> : null;
}
