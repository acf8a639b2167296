"use client";

import { useTranslations } from "next-intl";
import { useEffect, useMemo, useState } from "react";
import { agentTimeline, sessionState } from "@/lib/chat/agent-timeline";
import { AGENT_PLATFORMS, isAgentPlatform } from "@/lib/glm/agent/platforms";
import { useChatStore } from "@/lib/store/chat-store";
import { AgentCaptureButton } from "./agent-capture-button";
import { AgentStep } from "./agent-step";
import { exportTrajectoryJson, exportTrajectoryStrip } from "./export-trajectory";
import { Button } from "@/components/ui/button";

/**
 * The GUI-agent session: task, platform, state, and the step timeline (replay, redo from a
 * step, export). It stays above the conversation while the session lasts.
 */
export function AgentPanel() {
  const t = useTranslations("agent");
  const agent = useChatStore((s) => s.conversation.settings.agent);
  const model = useChatStore((s) => s.conversation.settings.model);
  const messages = useChatStore((s) => s.messages);
  const { setAgent, retry } = useChatStore.getState();
  const steps = useMemo(() => (agent ? agentTimeline(messages, agent.platform) : []), [messages, agent]);
  const [replay, setReplay] = useState<number | null>(null);

  useEffect(() => {
    if (replay === null) return;
    // Replay walks the steps one by one; the last one stays until closed.
    if (replay >= steps.length) return;
    const t = setTimeout(() => setReplay((r) => (r === null ? null : Math.min(r + 1, steps.length))), 1500);
    return () => clearTimeout(t);
  }, [replay, steps.length]);

  if (!agent) return null;
  const state = sessionState(steps);
  const started = steps.length > 0;
  const shown = replay !== null ? steps[Math.min(replay, steps.length) - 1] : undefined;
  return (
    <section data-testid="agent-panel" data-state={state} aria-label={t("session")} className="border-b border-line px-3 py-2 text-sm">
      <div className="mx-auto flex max-w-3xl flex-col gap-2">
        <div className="flex flex-wrap items-end gap-2">
          <label className="flex min-w-60 flex-1 flex-col gap-0.5 text-xs">
            {t("task")}
            <input
              id="agent-task"
              data-testid="agent-task-input"
              value={agent.task}
              placeholder={t("taskPlaceholder")}
              onChange={(e) => setAgent({ ...agent, task: e.target.value })}
              className="rounded-lg border border-line-strong bg-transparent px-2 py-1.5 text-sm"
            />
          </label>
          <label className="flex flex-col gap-0.5 text-xs">
            {t("platform")}
            <select
              data-testid="agent-platform-select"
              value={agent.platform}
              disabled={started}
              title={started ? t("platformFixed") : undefined}
              onChange={(e) => isAgentPlatform(e.target.value) && setAgent({ ...agent, platform: e.target.value })}
              className="rounded-lg border border-line-strong bg-transparent px-2 py-1.5 text-sm"
            >
              {AGENT_PLATFORMS.map((p) => (
                <option key={p} value={p}>
                  {t(`platforms.${p}`)}
                </option>
              ))}
            </select>
          </label>
          <Button size="sm" data-testid="agent-end-button" onClick={() => setAgent(undefined)} className="font-normal">
            {t("end")}
          </Button>
        </div>
        <p data-testid="agent-status" className="text-xs text-muted-fg">
          {t(`state.${state}`)}
        </p>
        {(state === "new" || state === "waiting") && <AgentCaptureButton step={steps.length + 1} />}
        {started && (
          <div className="flex flex-wrap gap-2 text-xs">
            <Button variant="secondary" size="xs" data-testid="agent-replay" onClick={() => setReplay(replay === null ? 1 : null)} className="font-normal">
              {replay === null ? t("replay") : t("closeReplay")}
            </Button>
            <Button variant="secondary" size="xs" data-testid="agent-export-json" onClick={() => void exportTrajectoryJson(agent, model, steps)} className="font-normal">
              {t("exportJson")}
            </Button>
            <Button variant="secondary" size="xs" data-testid="agent-export-strip" onClick={() => void exportTrajectoryStrip(steps)} className="font-normal">
              {t("exportStrip")}
            </Button>
          </div>
        )}
        {shown && (
          <ul aria-label={t("replay")} className="flex justify-center">
            <AgentStep step={shown} large active />
          </ul>
        )}
        {started && (
          <ol data-testid="agent-timeline" aria-label={t("steps")} className="flex gap-2 overflow-x-auto pb-1">
            {steps.map((s) => (
              <AgentStep key={s.userId} step={s} active={shown?.index === s.index} onRedo={s.assistantId ? () => retry(s.assistantId!) : undefined} />
            ))}
          </ol>
        )}
      </div>
    </section>
  );
}
