"use client";

import { useTranslations } from "next-intl";
import { glyph } from "@/components/ui/glyphs";
import { useEffect, useState } from "react";
import { LazyMarkdown as Markdown } from "@/components/markdown/lazy-markdown";
import { useFollowBottom } from "@/components/ui/use-follow-bottom";
import { durationParts } from "@/lib/format";
import { lightButton, type ButtonProps } from "@/components/ui/button";

interface Props {
  reasoning: string;
  /** True while reasoning is still arriving (no answer text yet). */
  thinking: boolean;
  durationMs?: number;
  /** Before the user's own toggle: lib/chat/reasoning-open.ts. */
  openByDefault: boolean;
}

const chevronClosed = glyph("chevron-right", "size-4 transition-transform");
const chevronOpen = glyph("chevron-right", "size-4 transition-transform rotate-90");

/**
 * Open or folded as `openByDefault` says (open while the model thinks, folded once answer text
 * arrives); the user's own toggle wins from then on.
 */
export function ReasoningPanel({ reasoning, thinking, durationMs, openByDefault }: Props) {
  const t = useTranslations("chat");
  const [userOpen, setUserOpen] = useState<boolean | null>(null);
  const open = userOpen ?? openByDefault;
  const { ref, follow, handlers } = useFollowBottom<HTMLDivElement>();

  useEffect(() => {
    if (open && thinking) follow();
  }, [reasoning, open, thinking, follow]);

  const label = thinking ? t("thinkingNow") : durationMs !== undefined ? t("thoughtFor", durationParts(durationMs)) : t("reasoning");
  return (
    <div data-testid="message-reasoning" data-state={open ? "open" : "closed"} className="mb-3 rounded-xl border border-line bg-subtle">
      {/* One per answer with reasoning: the kit's button as a plain element, not a component. */}
      {lightButton({
        variant: "item",
        size: "inline",
        "data-testid": "reasoning-toggle",
        "aria-expanded": open,
        onClick: () => setUserOpen(!open),
        className: "flex w-full gap-2 rounded-xl px-3 py-2 text-muted-fg hover:bg-transparent",
        children: (
          <>
            {open ? chevronOpen : chevronClosed}
            <span className={thinking ? "animate-pulse" : ""}>{label}</span>
          </>
        ),
      } as ButtonProps)}
      {open && (
        // Follows the trace's end only while it arrives: a finished one opens at its start, to be read.
        // On paper there is no scrolling: an open trace prints whole (a closed one, not in the DOM, stays closed).
        <div
          ref={thinking ? ref : undefined}
          {...(thinking ? handlers : {})}
          data-testid="reasoning-content"
          className="max-h-72 overflow-y-auto break-words px-4 pb-3 text-sm text-muted-fg print:max-h-none print:overflow-visible"
        >
          <Markdown text={reasoning} streaming={thinking} />
        </div>
      )}
    </div>
  );
}
