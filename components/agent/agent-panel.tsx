"use client";

import { useTranslations } from "next-intl";
import { useEffect, useId, useMemo, useRef, useState } from "react";
import { agentTimeline, sessionState } from "@/lib/chat/agent-timeline";
import { AGENT_PLATFORMS, isAgentPlatform } from "@/lib/glm/agent/platforms";
import { useModelFacts } from "@/lib/chat/model-facts";
import { useServerInfo } from "@/lib/chat/use-server-info";
import { useChatStore } from "@/lib/store/chat-store";
import { loadSettings, saveSettings } from "@/lib/store/settings";
import { AgentCaptureButton } from "./agent-capture-button";
import { AgentStep } from "./agent-step";
import { exportTrajectoryJson, exportTrajectoryStrip } from "./export-trajectory";
import { Button } from "@/components/ui/button";
import { glyphs } from "@/components/ui/glyphs";
import { announce } from "@/components/chat/a11y/announce";
import { useAskBlocked } from "@/components/chat/use-ask-blocked";
import { focusComposer, isTouchOnly, rescueFocus } from "@/components/chat/a11y/focus";

/**
 * End session takes the panel, and the focused button, away: focus goes to the button that starts
 * a session again (where it was before the session), else the message box, and the end is said.
 */
function endedSession(sentence: string) {
  announce(sentence);
  rescueFocus(() => {
    const start = document.querySelector<HTMLElement>('[data-testid="agent-start-button"]');
    if (start && start.offsetParent !== null) start.focus();
    else if (!isTouchOnly()) focusComposer();
  });
}

/**
 * The GUI-agent session: task, platform, state, and the step timeline (replay, redo from a
 * step, export). It stays above the conversation while the session lasts, at most a third of the
 * screen (uncapped, the conversation was squeezed after a few steps), and folds to a one-line
 * summary; folded or not is remembered (settings.ts). The task, the step's button and End session
 * stay in sight; only the steps under them scroll (newest first on a small screen, replay and export below).
 * On a phone, or a screen as short as 200% zoom, a nested scroller that small cut the cards in half:
 * there the panel is a compact block that needs no scrolling, the newest step in words only (each
 * step's screenshot with its boxes is in the conversation right below), the fixed platform hidden.
 */
export function AgentPanel() {
  const t = useTranslations("agent");
  const agent = useChatStore((s) => s.conversation.settings.agent);
  const model = useChatStore((s) => s.conversation.settings.model);
  const messages = useChatStore((s) => s.messages);
  const { setAgent, retry, setModel } = useChatStore.getState();
  const { models } = useServerInfo();
  const streaming = useChatStore((s) => s.streamingId !== null);
  // Retry and Redo ask the model again: offline (or with the budget spent) they wait, saying why,
  // as the message's own Retry does; a press made a failed attempt of the step.
  const blocked = useAskBlocked();
  const steps = useMemo(() => (agent ? agentTimeline(messages, agent.platform) : []), [messages, agent]);
  const [replay, setReplay] = useState<number | null>(null);
  // The panel loads on the client only (lazy-agent-panel.tsx), so localStorage can be read here.
  const [collapsed, setCollapsed] = useState(() => loadSettings()?.agentPanelCollapsed === true);
  const bodyId = useId();
  const timeline = useRef<HTMLOListElement>(null);
  const body = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (replay === null) return;
    // Replay walks the steps one by one; the last one stays until closed.
    if (replay >= steps.length) return;
    const t = setTimeout(() => setReplay((r) => (r === null ? null : Math.min(r + 1, steps.length))), 1500);
    return () => clearTimeout(t);
  }, [replay, steps.length]);

  // The capped panel scrolls: a new step's card is brought into view (below the task and
  // controls it would otherwise arrive out of sight, as the last card of the strip does).
  // By hand, not scrollIntoView: that may move other scrollers, and "nearest" showed a tall card's foot.
  useEffect(() => {
    const strip = timeline.current;
    const card = strip?.lastElementChild;
    const scroller = body.current;
    if (!strip || !card || !scroller) return;
    strip.scrollLeft = strip.scrollWidth;
    scroller.scrollTop += card.getBoundingClientRect().top - scroller.getBoundingClientRect().top;
  }, [steps.length, collapsed]);

  if (!agent) return null;
  const state = sessionState(steps);
  const last = steps.at(-1);
  const started = steps.length > 0;
  const shown = replay !== null ? steps[Math.min(replay, steps.length) - 1] : undefined;
  // Until the first step the panel is where the task is typed: it never starts folded.
  const folded = collapsed && started;
  const toggle = () => {
    setCollapsed(!folded);
    saveSettings({ agentPanelCollapsed: !folded });
  };
  const status = (
    // On a phone or a screen as short as 200% zoom one line, the whole sentence in its title (the composer's hint says it too).
    <p data-testid="agent-status" title={t(`state.${state}`, { n: steps.length })} className={`text-xs text-muted-fg ${started ? "min-w-0 flex-1 max-sm:truncate [@media(height<30rem)]:truncate" : ""}`}>
      {t(`state.${state}`, { n: steps.length })}
    </p>
  );
  return (
    <section
      data-testid="agent-panel"
      data-state={state}
      data-collapsed={folded ? "true" : undefined}
      aria-label={t("session")}
      className="flex max-h-[50dvh] shrink-0 flex-col border-b border-line text-sm sm:[@media(height>=30rem)]:max-h-[33dvh] [@media(height<30rem)]:max-h-[30dvh]"
    >
      {started && (
        // The session's state on the toggle's line: folded it is the summary, open the status.
        <div className="mx-auto flex w-full max-w-3xl shrink-0 items-center gap-2 px-3 pt-1.5">
          <Button
            variant="ghost"
            size="xs"
            data-testid="agent-panel-toggle"
            aria-expanded={!folded}
            aria-controls={bodyId}
            onClick={toggle}
            className="-ml-1.5 shrink-0 gap-1 font-medium"
          >
            {folded ? glyphs["chevron-right"] : glyphs["chevron-down"]}
            {t("panelToggle")}
          </Button>
          {folded ? (
            <p data-testid="agent-summary" className="min-w-0 flex-1 truncate text-xs text-muted-fg">
              {[agent.task.trim() || t("noTask"), t("summary", { steps: steps.length }), t(`stateShort.${state}`)].join(" · ")}
            </p>
          ) : (
            status
          )}
        </div>
      )}
      <div id={bodyId} hidden={folded} className="flex min-h-0 flex-col">
        {/* The controls never scroll: only the steps below them do (scrolled with them, the task
            and End session went out of sight after a few steps). */}
        <div className={`mx-auto flex w-full max-w-3xl shrink-0 flex-col gap-2 px-3 pb-2 ${started ? "pt-1" : "pt-2"}`}>
          <div className="flex flex-wrap items-end gap-2">
            <label className="flex min-w-0 flex-1 basis-56 flex-col gap-0.5 text-xs sm:min-w-60">
              {/* On a phone or a short screen (200% zoom) the label's line goes once the session runs. */}
              <span className={started ? "max-sm:sr-only [@media(height<30rem)]:sr-only" : undefined}>{t("task")}</span>
              <input
                id="agent-task"
                data-testid="agent-task-input"
                value={agent.task}
                placeholder={t("taskPlaceholder")}
                onChange={(e) => setAgent({ ...agent, task: e.target.value })}
                className="rounded-lg border border-line-strong bg-transparent px-2 py-1.5 text-sm"
              />
            </label>
            <label className={`flex flex-col gap-0.5 text-xs ${started ? "max-sm:hidden [@media(height<30rem)]:hidden" : ""}`}>
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
            {started && (state === "new" || state === "waiting") && <AgentCaptureButton step={steps.length + 1} />}
            {state === "unfinished" && last?.assistantId && (
              // The same step asked again: its screenshot, its number, a new version of its answer.
              <Button size="sm" variant="primary" data-testid="agent-retry-step" disabled={streaming || !!blocked} title={blocked} onClick={() => retry(last.assistantId!)}>
                {t("retryStep", { n: last.index })}
              </Button>
            )}
            <Button
              size="sm"
              data-testid="agent-end-button"
              onClick={() => {
                setAgent(undefined);
                endedSession(t("ended"));
              }}
              className="font-normal"
            >
              {t("end")}
            </Button>
          </div>
          <BlindModelWarning model={model} vision={models.find((m) => m.images)} disabled={streaming} onSwitch={setModel} />
          {!started && status}
          {!started && <AgentCaptureButton step={1} />}
        </div>
        {started && (
          <div ref={body} data-testid="agent-steps" className="min-h-0 overflow-y-auto px-3 pb-2">
            <div className="mx-auto flex max-w-3xl flex-col gap-2">
              {shown && (
                <ul aria-label={t("replay")} className="flex justify-center">
                  <AgentStep step={shown} large active />
                </ul>
              )}
              {/* No height cap on the strip: capped, it squeezed each card and cut its thought mid-line.
                  On a narrow or short screen only the newest step, in words (its screenshot is in the conversation). */}
              <ol ref={timeline} data-testid="agent-timeline" aria-label={t("steps")} className="flex gap-2 overflow-x-auto pb-1 max-sm:hidden [@media(height<30rem)]:hidden">
                {steps.map((s) => (
                  <AgentStep key={s.userId} step={s} active={shown?.index === s.index} onRedo={s.assistantId ? () => retry(s.assistantId!) : undefined} blocked={blocked} />
                ))}
              </ol>
              {last && (
                <ul aria-label={t("steps")} className="sm:[@media(height>=30rem)]:hidden">
                  <AgentStep step={last} compact onRedo={last.assistantId ? () => retry(last.assistantId!) : undefined} blocked={blocked} />
                </ul>
              )}
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
            </div>
          </div>
        )}
      </div>
    </section>
  );
}

/**
 * A GUI-agent step is a screenshot: a text-only model cannot take one, and said so only once a
 * screenshot was refused. Said up front, with the switch one click away.
 */
function BlindModelWarning({ model, vision, disabled, onSwitch }: { model: string; vision?: { id: string; name: string }; disabled: boolean; onSwitch: (id: string) => void }) {
  const t = useTranslations("agent");
  const info = useModelFacts(model);
  if (!info || info.images) return null;
  return (
    <p data-testid="agent-model-warning" role="status" className="flex flex-wrap items-center gap-2 rounded-lg border border-warning-line bg-warning-soft px-2 py-1 text-xs text-warning-fg">
      {t("textOnlyModel", { model: info.name })}
      {vision && (
        <Button variant="secondary" size="xs" data-testid="agent-use-vision-model" disabled={disabled} onClick={() => onSwitch(vision.id)} className="font-normal">
          {t("useVisionModel", { model: vision.name })}
        </Button>
      )}
    </p>
  );
}
