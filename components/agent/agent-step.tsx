"use client";

import { useTranslations } from "next-intl";
import { useId, useLayoutEffect, useRef, useState } from "react";
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
  /** Why Redo waits (no connection, a spent budget: use-ask-blocked.ts), for its title. */
  blocked?: string;
  /** A phone's card for the newest step: words only, the screenshot with its boxes is in the conversation below. */
  compact?: boolean;
}

/** One step: its screenshot with the action drawn, the action in words, and the thought. */
export function AgentStep({ step, active, large, onRedo, blocked, compact }: Props) {
  const t = useTranslations("agent");
  const describeAction = useDescribeAction();
  const url = useObjectUrl(step.screenshot?.blob);
  const action = step.answer?.parsed;
  const words = step.streaming
    ? t("thinking")
    : step.failed
      ? t("failed")
      : step.interrupted
        ? t("interrupted")
        : step.unfinished
          ? t("noAnswer")
          : describeAction(action, step.answer?.action);
  const actionWords = (
    <span data-testid="agent-step-action" className="font-medium">
      {words}
    </span>
  );
  const image = url && step.screenshot && (
    <ImageWithOverlay src={url} alt={t("screenshot", { n: step.index })} actions={action ? [action] : null} className="w-full rounded" />
  );
  const redo = onRedo && step.assistantId && !step.streaming && (
    <Button variant="link" size="inline" data-testid="agent-redo" disabled={!!blocked} onClick={onRedo} className="self-start text-xs font-normal underline" title={blocked ?? t("redoTitle")}>
      {t("redo")}
    </Button>
  );
  return (
    <li
      data-testid={large ? "agent-replay-view" : compact ? "agent-step-latest" : "agent-step"}
      data-step={step.index}
      data-action={action?.type ?? ""}
      data-active={active ? "true" : undefined}
      className={`flex shrink-0 flex-col gap-1 rounded-lg border p-2 text-xs ${large ? "w-full max-w-xl" : compact ? "w-full" : "w-56"} ${active ? "border-primary" : "border-line"}`}
    >
      {compact ? (
        // One line where it fits: the card sits above the conversation on a small screen.
        <span className="flex flex-wrap items-baseline gap-x-2">
          <span className="font-medium text-muted-fg">{t("step", { n: step.index })}</span>
          {actionWords}
          {redo}
        </span>
      ) : (
        <>
          <span className="font-medium">{t("step", { n: step.index })}</span>
          {large && image}
          {actionWords}
        </>
      )}
      {step.answer?.thought &&
        (large ? (
          <span data-testid="agent-step-thought" className="text-muted-fg">{step.answer.thought}</span>
        ) : compact ? (
          // A screen as short as 200% zoom keeps the step to its one line (the thought is in the answer below).
          <div className="flex flex-col gap-1 [@media(height<30rem)]:hidden">
            <Thought text={step.answer.thought} />
          </div>
        ) : (
          <Thought text={step.answer.thought} />
        ))}
      {!compact && redo}
      {/* In the strip the words come first: where the panel's height ends, the screenshot is cut, not a line. */}
      {!large && !compact && image}
    </li>
  );
}

/**
 * The model's thought in a step card: two lines and an ellipsis (the card is small and the panel
 * is capped), with Show all / Show less when
 * it is longer (a title tooltip was the only way to read the rest, out of reach by keyboard or
 * touch). Whether it is cut is measured, so a short thought has no button.
 */
function Thought({ text }: { text: string }) {
  const t = useTranslations("agent");
  const id = useId();
  const ref = useRef<HTMLSpanElement>(null);
  const [open, setOpen] = useState(false);
  const [cut, setCut] = useState(false);
  useLayoutEffect(() => {
    const el = ref.current;
    // Measured only while clamped: open, nothing is cut and the button must stay.
    if (!el || open) return;
    const measure = () => setCut(el.scrollHeight > el.clientHeight + 1);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, [text, open]);
  return (
    <>
      <span ref={ref} id={id} data-testid="agent-step-thought" className={`shrink-0 text-muted-fg ${open ? "" : "line-clamp-2"}`}>
        {text}
      </span>
      {(cut || open) && (
        <Button
          variant="link"
          size="inline"
          data-testid="agent-thought-toggle"
          aria-expanded={open}
          aria-controls={id}
          onClick={() => setOpen(!open)}
          className="self-start text-xs font-normal underline"
        >
          {open ? t("lessThought") : t("moreThought")}
        </Button>
      )}
    </>
  );
}
