import { useTranslations } from "next-intl";
import type { ReactNode } from "react";

/**
 * A GLM answer box (`<|begin_of_box|>`…`<|end_of_box|>`) where it stands in the text: a
 * highlighted span inside a sentence, or a labelled block around whole paragraphs, list items or
 * code. A box that goes on from an earlier block is not labelled again.
 */
export function AnswerBox({ block, continued = false, children }: { block: boolean; continued?: boolean; children: ReactNode }) {
  const t = useTranslations("markdown");
  if (!block) {
    return (
      <span data-testid="message-answer-box" className="rounded border border-success-line bg-success-soft px-1 py-0.5 [box-decoration-break:clone]">
        {children}
      </span>
    );
  }
  return (
    <div data-testid="message-answer-box" data-continued={continued ? "true" : undefined} className="my-3 rounded-lg border border-success-line bg-success-soft px-4 py-2">
      {!continued && <div className="mb-1 text-xs font-semibold uppercase tracking-wide text-success-fg">{t("answer")}</div>}
      {children}
    </div>
  );
}
