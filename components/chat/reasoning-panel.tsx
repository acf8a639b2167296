"use client";

import { useEffect, useRef, useState } from "react";
import { Markdown } from "@/components/markdown/markdown";

interface Props {
  reasoning: string;
  /** True while reasoning is still arriving (no answer text yet). */
  thinking: boolean;
  durationMs?: number;
}

/**
 * Open while the model thinks, collapsed once the answer starts; the user's own toggle wins
 * from then on.
 */
export function ReasoningPanel({ reasoning, thinking, durationMs }: Props) {
  const [userOpen, setUserOpen] = useState<boolean | null>(null);
  const open = userOpen ?? thinking;
  const scroller = useRef<HTMLDivElement>(null);
  const stick = useRef(true);

  useEffect(() => {
    const el = scroller.current;
    if (el && open && stick.current) el.scrollTop = el.scrollHeight;
  }, [reasoning, open]);

  const label = thinking ? "Thinking…" : durationMs !== undefined ? `Thought for ${formatSeconds(durationMs)}` : "Reasoning";
  return (
    <div data-testid="message-reasoning" data-state={open ? "open" : "closed"} className="mb-3 rounded-xl border border-zinc-200 bg-zinc-50 dark:border-zinc-800 dark:bg-zinc-900/60">
      <button
        type="button"
        data-testid="reasoning-toggle"
        aria-expanded={open}
        onClick={() => setUserOpen(!open)}
        className="flex w-full items-center gap-2 px-3 py-2 text-left text-sm text-zinc-600 dark:text-zinc-400"
      >
        <span className={`inline-block transition-transform ${open ? "rotate-90" : ""}`}>▸</span>
        <span className={thinking ? "animate-pulse" : ""}>{label}</span>
      </button>
      {open && (
        <div
          ref={scroller}
          onScroll={(e) => {
            const el = e.currentTarget;
            stick.current = el.scrollHeight - el.scrollTop - el.clientHeight < 24;
          }}
          className="max-h-72 overflow-y-auto break-words px-4 pb-3 text-sm text-zinc-600 dark:text-zinc-400"
        >
          <Markdown text={reasoning} streaming={thinking} />
        </div>
      )}
    </div>
  );
}

export function formatSeconds(ms: number): string {
  const s = Math.max(1, Math.round(ms / 1000));
  return s < 60 ? `${s} s` : `${Math.floor(s / 60)} min ${s % 60} s`;
}
