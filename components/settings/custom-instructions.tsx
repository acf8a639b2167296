"use client";

import { useTranslations } from "next-intl";
import { TextArea } from "@/components/ui/text-field";
import { useChatStore } from "@/lib/store/chat-store";

/** Instructions sent with every chat (this browser only), before each chat's own system prompt. */
export function CustomInstructions() {
  const t = useTranslations("prefs");
  const value = useChatStore((s) => s.customInstructions);
  const save = useChatStore((s) => s.setCustomInstructions);
  return (
    <label className="block space-y-1">
      <span className="text-sm font-medium">{t("customInstructions")}</span>
      <TextArea data-testid="custom-instructions" defaultValue={value} rows={3} maxLength={8000} placeholder={t("customInstructionsPlaceholder")} onChange={(e) => save(e.currentTarget.value)} />
      <span className="block text-xs text-muted-fg">{t("customInstructionsHint")}</span>
    </label>
  );
}
