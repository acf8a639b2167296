import { useTranslations } from "next-intl";
import type { SharedEnding } from "@/lib/chat/shared-ending";
import { cn } from "@/lib/ui/cn";

/**
 * The muted line under a shared answer that was cut, stopped or failed (lib/chat/shared-ending.ts).
 * Alone under the answer, without the app's card title, so each says what happened itself; the
 * app's own words where they need no card around them ("Stopped", "answered only in its reasoning").
 */
export function SharedEndingNote({ ending, under }: { ending: SharedEnding; under: boolean }) {
  const t = useTranslations("shared");
  const tc = useTranslations("chat");
  const te = useTranslations("errors");
  let text: string;
  switch (ending.note) {
    case "length":
      text = t("cutLength");
      break;
    case "sensitive":
      text = te(`text.${ending.note}`);
      break;
    case "stopped":
    case "reasoningOnly":
      text = tc(ending.note);
      break;
    case "failed":
    case "cutFailed":
      text = ending.reason ? t(ending.note, { reason: te(`title.${ending.reason}`) }) : t(`${ending.note}Plain`);
      break;
    default:
      text = t(ending.note);
  }
  // In place of an answer it needs no gap above it; under one (or under its tool call) it does.
  return (
    <p data-testid="shared-answer-ending" data-note={ending.note} className={cn("text-sm italic text-muted-fg", under && "mt-2")}>
      {text}
    </p>
  );
}
