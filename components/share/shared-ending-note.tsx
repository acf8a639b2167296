import { useTranslations } from "next-intl";
import type { SharedEnding } from "@/lib/chat/shared-ending";
import { cn } from "@/lib/ui/cn";

/** The muted line under a shared answer that was cut or failed (lib/chat/shared-ending.ts). */
export function SharedEndingNote({ ending }: { ending: SharedEnding }) {
  const t = useTranslations("shared");
  const te = useTranslations("errors");
  let text: string;
  switch (ending.note) {
    case "length":
      // Alone under the answer, without the app's card title, so it says what happened itself.
      text = t("cutLength");
      break;
    case "sensitive":
      text = te(`text.${ending.note}`);
      break;
    default:
      text = ending.reason ? t(ending.note, { reason: te(`title.${ending.reason}`) }) : t(`${ending.note}Plain`);
  }
  // In place of an answer ("failed") it needs no gap above it; under one it does.
  return (
    <p data-testid="shared-answer-ending" data-note={ending.note} className={cn("text-sm italic text-muted-fg", ending.note !== "failed" && "mt-2")}>
      {text}
    </p>
  );
}
