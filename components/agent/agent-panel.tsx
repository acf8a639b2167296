"use client";

import { useEffect, useMemo, useState } from "react";
import { agentTimeline, sessionState, type SessionState } from "@/lib/chat/agent-timeline";
import { AGENT_PLATFORMS, PLATFORM_LABELS, isAgentPlatform } from "@/lib/glm/agent/platforms";
import { useChatStore } from "@/lib/store/chat-store";
import { AgentCaptureButton } from "./agent-capture-button";
import { AgentStep } from "./agent-step";
import { exportTrajectoryJson, exportTrajectoryStrip } from "./export-trajectory";
import { Button } from "@/components/ui/button";

const STATE_TEXT: Record<SessionState, string> = {
  new: "Describe the task, attach the current screenshot (or capture the screen) and press Send.",
  waiting: "Do the action on your device, then attach the new screenshot and press Send for the next step.",
  running: "The model is choosing the next action…",
  done: "The model says the task is complete.",
  failed: "The model says the task cannot be done.",
};

/**
 * The GUI-agent session: task, platform, state, and the step timeline (replay, redo from a
 * step, export). It stays above the conversation while the session lasts.
 */
export function AgentPanel() {
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
    <section data-testid="agent-panel" data-state={state} aria-label="GUI agent session" className="border-b border-line px-3 py-2 text-sm">
      <div className="mx-auto flex max-w-3xl flex-col gap-2">
        <div className="flex flex-wrap items-end gap-2">
          <label className="flex min-w-60 flex-1 flex-col gap-0.5 text-xs">
            Task
            <input
              data-testid="agent-task-input"
              value={agent.task}
              placeholder="What should the agent do? e.g. Save the settings with the name Ada Lovelace"
              onChange={(e) => setAgent({ ...agent, task: e.target.value })}
              className="rounded-lg border border-line-strong bg-transparent px-2 py-1.5 text-sm"
            />
          </label>
          <label className="flex flex-col gap-0.5 text-xs">
            Platform
            <select
              data-testid="agent-platform-select"
              value={agent.platform}
              disabled={started}
              title={started ? "The platform is fixed once the session has started" : undefined}
              onChange={(e) => isAgentPlatform(e.target.value) && setAgent({ ...agent, platform: e.target.value })}
              className="rounded-lg border border-line-strong bg-transparent px-2 py-1.5 text-sm"
            >
              {AGENT_PLATFORMS.map((p) => (
                <option key={p} value={p}>
                  {PLATFORM_LABELS[p]}
                </option>
              ))}
            </select>
          </label>
          <Button size="sm" data-testid="agent-end-button" onClick={() => setAgent(undefined)} className="font-normal">
            End session
          </Button>
        </div>
        <p data-testid="agent-status" className="text-xs text-muted-fg">
          {STATE_TEXT[state]}
        </p>
        {(state === "new" || state === "waiting") && <AgentCaptureButton step={steps.length + 1} />}
        {started && (
          <div className="flex flex-wrap gap-2 text-xs">
            <Button variant="secondary" size="xs" data-testid="agent-replay" onClick={() => setReplay(replay === null ? 1 : null)} className="font-normal">
              {replay === null ? "Replay" : "Close replay"}
            </Button>
            <Button variant="secondary" size="xs" data-testid="agent-export-json" onClick={() => void exportTrajectoryJson(agent, model, steps)} className="font-normal">
              Export trajectory (JSON)
            </Button>
            <Button variant="secondary" size="xs" data-testid="agent-export-strip" onClick={() => void exportTrajectoryStrip(steps)} className="font-normal">
              Export image strip
            </Button>
          </div>
        )}
        {shown && (
          <ul aria-label="Replay" className="flex justify-center">
            <AgentStep step={shown} large active />
          </ul>
        )}
        {started && (
          <ol data-testid="agent-timeline" aria-label="Steps" className="flex max-h-80 gap-2 overflow-x-auto pb-1">
            {steps.map((s) => (
              <AgentStep key={s.userId} step={s} active={shown?.index === s.index} onRedo={s.assistantId ? () => retry(s.assistantId!) : undefined} />
            ))}
          </ol>
        )}
      </div>
    </section>
  );
}
