import type { useTranslations } from "next-intl";
import { modelNameOf } from "@/lib/chat/served-models";

/**
 * The model that wrote this answer, quietly: the chat's model may have changed since. An element
 * the answer's actions make, not a component: one per answer (docs/decisions/startup-reads.md).
 */
export function answerModel(model: string, t: ReturnType<typeof useTranslations<"versions">>) {
  return (
    <span data-testid="answer-model" data-value={model} title={t("writtenBy", { model })} className="self-center px-1 text-xs text-muted-fg">
      {modelNameOf(model)}
    </span>
  );
}
