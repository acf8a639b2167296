"use client";

import { findModel } from "@/lib/glm/models";
import { useChatStore } from "@/lib/store/chat-store";

export function ThinkingToggle() {
  const { model, thinking } = useChatStore((s) => s.conversation.settings);
  const setThinking = useChatStore((s) => s.setThinking);
  const info = findModel(model);
  const locked = info?.canDisableThinking === false;
  const tip = locked ? `${info?.name ?? model} always thinks: it cannot turn thinking off.` : thinking ? "Thinking on: the model reasons before answering. Click to turn off." : "Thinking off: faster answers without reasoning. Click to turn on.";
  return (
    <span title={tip} className="inline-flex">
      <button
        type="button"
        role="switch"
        aria-checked={thinking}
        aria-label="Thinking"
        data-testid="thinking-toggle"
        disabled={locked}
        onClick={() => setThinking(!thinking)}
        className="inline-flex items-center gap-2 rounded-lg px-2 py-1.5 text-sm hover:bg-zinc-100 disabled:cursor-not-allowed disabled:opacity-60 dark:hover:bg-zinc-800"
      >
        <span className={`relative h-5 w-9 rounded-full transition-colors ${thinking ? "bg-blue-600" : "bg-zinc-300 dark:bg-zinc-700"}`}>
          <span className={`absolute left-0 top-0.5 h-4 w-4 rounded-full bg-white transition-transform ${thinking ? "translate-x-4" : "translate-x-0.5"}`} />
        </span>
        <span className="hidden sm:inline">Thinking</span>
      </button>
    </span>
  );
}
