"use client";

import { useTranslations } from "next-intl";
import type { TimelineStep } from "@/lib/chat/agent-timeline";
import { useObjectUrl } from "@/components/chat/attachments/use-object-url";
import { ImageWithOverlay } from "@/components/vision/image-with-overlay";
import { Button } from "@/components/ui/button";
import { useDescribeAction } from "./use-describe-action";

interface Props {
  step: TimelineStep;
  active?: boolean;
  large?: boolean;
  onRedo?: () => void;
}

/** One step: its screenshot with the action drawn, the action in words, and the thought. */
export function AgentStep({ step, active, large, onRedo }: Props) {
  const t = useTranslations("agent");
  const describeAction = useDescribeAction();
  const url = useObjectUrl(step.screenshot?.blob);
  const action = step.answer?.parsed;
  const words = step.streaming ? t("thinking") : step.failed ? t("failed") : describeAction(action, step.answer?.action);
  return (
    <li
      data-testid={large ? "agent-replay-view" : "agent-step"}
      data-step={step.index}
      data-action={action?.type ?? ""}
      data-active={active ? "true" : undefined}
      className={`flex shrink-0 flex-col gap-1 rounded-lg border p-2 text-xs ${large ? "w-full max-w-xl" : "w-56"} ${active ? "border-primary" : "border-line"}`}
    >
      <span className="font-medium">{t("step", { n: step.index })}</span>
      {url && step.screenshot && (
        <ImageWithOverlay src={url} alt={t("screenshot", { n: step.index })} actions={action ? [action] : null} className="w-full rounded" />
      )}
      <span data-testid="agent-step-action" className="font-medium">
        {words}
      </span>
      {step.answer?.thought && (
        <span data-testid="agent-step-thought" className={`text-muted-fg ${large ? "" : "line-clamp-3"}`} title={step.answer.thought}>
          {step.answer.thought}
        </span>
      )}
      {onRedo && step.assistantId && !step.streaming && (
        <Button variant="link" size="inline" data-testid="agent-redo" onClick={onRedo} className="self-start text-xs font-normal underline" title={t("redoTitle")}>
          {t("redo")}
        </Button>
      )}
    </li>
  );
}
