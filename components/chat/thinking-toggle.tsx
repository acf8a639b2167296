"use client";

import { useTranslations } from "next-intl";
import { Switch } from "@/components/ui/switch";
import { useModelFacts } from "@/lib/chat/model-facts";
import { useChatStore } from "@/lib/store/chat-store";
import { glyph } from "@/components/ui/glyphs";
import { HEADER_WORDS } from "./header-fit";

// Where the header has no room for the word, a brain in the thumb says what the switch is for,
// taking no width from the model's name (the word stays its accessible name).
const brainWhenNarrow = glyph("brain", "@min-[60rem]:hidden");

export function ThinkingToggle() {
  const t = useTranslations("chat");
  const { model, thinking } = useChatStore((s) => s.conversation.settings);
  const setThinking = useChatStore((s) => s.setThinking);
  const info = useModelFacts(model);
  const locked = info?.canDisableThinking === false;
  const tip = locked ? t("thinkingLocked", { model: info?.name ?? model }) : thinking ? t("thinkingOn") : t("thinkingOff");
  // The wrapper carries the hint: a disabled control shows no tooltip of its own.
  return (
    <span title={tip} className="inline-flex">
      <Switch testId="thinking-toggle" label={t("thinking")} checked={thinking} onCheckedChange={setThinking} disabled={locked} thumbIcon={brainWhenNarrow} text={<span className={HEADER_WORDS}>{t("thinking")}</span>} />
    </span>
  );
}
