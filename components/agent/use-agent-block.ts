"use client";

import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { useChatStore } from "@/lib/store/chat-store";

type Timeline = typeof import("@/lib/chat/agent-timeline");
let loaded: Timeline | undefined;

/**
 * Why the composer cannot send a GUI-agent step now: a sentence to show, "" while the agent code
 * loads (blocked, nothing to say yet), undefined when sending is allowed or no session runs. The
 * timeline code (answer parsing, prompt templates) is fetched only once a session exists.
 */
export function useAgentBlock(images: number): string | undefined {
  const t = useTranslations("agent.block");
  const agent = useChatStore((s) => s.conversation.settings.agent);
  const [timeline, setTimeline] = useState(loaded);
  useEffect(() => {
    if (!agent || timeline) return;
    void import("@/lib/chat/agent-timeline").then((m) => {
      loaded = m;
      setTimeline(m);
    });
  }, [agent, timeline]);
  const state = useChatStore((s) => {
    const a = s.conversation.settings.agent;
    return timeline && a ? timeline.sessionState(timeline.agentTimeline(s.messages, a.platform)) : null;
  });
  if (!agent) return undefined;
  if (!timeline || !state) return "";
  const rule = timeline.agentSendRule(agent.task, state, images);
  return rule && t(rule);
}
