import { useTranslations } from "next-intl";
import type { AgentSession } from "@/lib/chat/message";
import { parseAgentAnswer } from "@/lib/glm/agent/parse-answer";
import type { PublicAttachment, PublicMessage } from "@/lib/server/share/view";
import { ImageWithOverlay } from "@/components/vision/image-with-overlay";
import { useDescribeAction } from "@/components/agent/use-describe-action";

interface SharedStep {
  screenshot?: PublicAttachment;
  answer?: string;
}

/** The shared messages read as agent steps: each user screenshot and the answer that follows it. */
export function sharedAgentSteps(messages: readonly PublicMessage[]): SharedStep[] {
  const steps: SharedStep[] = [];
  for (const m of messages) {
    if (m.role === "user") steps.push({ screenshot: m.attachments?.find((a) => a.kind === "image") });
    else if (m.role === "assistant" && steps.length) steps[steps.length - 1].answer = m.content;
  }
  return steps;
}

/**
 * A shared GUI-agent session as the app shows it: the task, then each step's screenshot with the
 * action drawn on it, the action in words and the model's thought. Rendered on the server.
 */
export function SharedAgentTimeline({ agent, messages }: { agent: AgentSession; messages: readonly PublicMessage[] }) {
  const t = useTranslations("agent");
  const describeAction = useDescribeAction();
  const steps = sharedAgentSteps(messages);
  return (
    <section data-testid="shared-agent" aria-label={t("session")} className="flex flex-col gap-4">
      <div className="rounded-xl border border-line bg-subtle p-3 text-sm">
        <p className="text-xs uppercase tracking-wide text-muted-fg">{t("sharedHeading", { platform: t(`platforms.${agent.platform}`) })}</p>
        <p data-testid="shared-agent-task" className="mt-1 whitespace-pre-wrap break-words">{agent.task}</p>
      </div>
      <ol className="flex flex-col gap-4">
        {steps.map((step, i) => {
          const answer = step.answer?.trim() ? parseAgentAnswer(step.answer, agent.platform) : undefined;
          const action = answer?.parsed;
          return (
            <li key={i} data-testid="shared-agent-step" data-step={i + 1} data-action={action?.type ?? ""} className="flex flex-col gap-2 rounded-xl border border-line p-3 text-sm">
              <span className="font-medium">{t("step", { n: i + 1 })}</span>
              {step.screenshot && (
                <ImageWithOverlay src={step.screenshot.url} alt={t("screenshot", { n: i + 1 })} actions={action ? [action] : null} className="w-full rounded" />
              )}
              <span data-testid="shared-agent-action" className="font-medium">
                {answer ? describeAction(action, answer.action) : t("noAnswer")}
              </span>
              {answer?.thought && <p className="whitespace-pre-wrap break-words text-muted-fg">{answer.thought}</p>}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
