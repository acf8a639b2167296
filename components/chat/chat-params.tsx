"use client";

import { glyphs } from "@/components/ui/glyphs";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { lazyPart } from "@/components/ui/lazy-part";
import { IconButton } from "@/components/ui/icon-button";
import { useChatStore } from "@/lib/store/chat-store";

// Opened on demand: kept out of the first load.
const ChatParamsDialog = lazyPart(() => import("./chat-params-dialog").then((m) => m.ChatParamsDialog));

/** The composer toolbar's button that opens this chat's system prompt and sampling parameters. */
export function ChatParamsButton() {
  const t = useTranslations("prefs");
  const [open, setOpen] = useState(false);
  const custom = useChatStore((s) => {
    const c = s.conversation.settings;
    return !!(c.systemPrompt || c.temperature !== undefined || c.topP !== undefined || c.maxTokens !== undefined);
  });
  return (
    <>
      <IconButton
        data-testid="chat-params-button"
        label={t("paramsButton")}
        icon={glyphs["sliders-horizontal"]}
        data-custom={custom ? "true" : undefined}
        text={t("paramsShort")}
        size="sm"
        tooltip={false}
        aria-pressed={custom}
        onClick={() => setOpen(true)}
      />
      {open && <ChatParamsDialog onClose={() => setOpen(false)} />}
    </>
  );
}

// "any": the browser's own step check would refuse 0.8 for top_p (min 0.01); our parser decides.
