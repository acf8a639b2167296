"use client";

import { Switch } from "@/components/ui/switch";
import { findModel } from "@/lib/glm/models";
import { useChatStore } from "@/lib/store/chat-store";

export function ThinkingToggle() {
  const { model, thinking } = useChatStore((s) => s.conversation.settings);
  const setThinking = useChatStore((s) => s.setThinking);
  const info = findModel(model);
  const locked = info?.canDisableThinking === false;
  const tip = locked ? `${info?.name ?? model} always thinks: it cannot turn thinking off.` : thinking ? "Thinking on: the model reasons before answering. Click to turn off." : "Thinking off: faster answers without reasoning. Click to turn on.";
  // The wrapper carries the hint: a disabled control shows no tooltip of its own.
  return (
    <span title={tip} className="inline-flex">
      <Switch testId="thinking-toggle" label="Thinking" checked={thinking} onCheckedChange={setThinking} disabled={locked} text={<span className="hidden sm:inline">Thinking</span>} />
    </span>
  );
}
