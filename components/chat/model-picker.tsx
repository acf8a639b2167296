"use client";

import { useServerInfo } from "@/lib/chat/use-server-info";
import type { ModelInfo } from "@/lib/glm/models";
import { useChatStore } from "@/lib/store/chat-store";

function describe(m: ModelInfo): string {
  const input = m.images ? "images, video" : "text only";
  return `${m.name} · ${input} · ${Math.round(m.contextTokens / 1024)}K context`;
}

export function ModelPicker() {
  const { models } = useServerInfo();
  const model = useChatStore((s) => s.conversation.settings.model);
  const setModel = useChatStore((s) => s.setModel);
  const streaming = useChatStore((s) => s.streamingId !== null);
  const vision = models.filter((m) => m.images);
  const text = models.filter((m) => !m.images);
  return (
    <label className="flex min-w-0 items-center">
      <span className="sr-only">Model</span>
      <select
        data-testid="model-picker"
        value={model}
        disabled={streaming}
        onChange={(e) => setModel(e.target.value)}
        className="min-w-0 max-w-44 truncate rounded-lg border border-zinc-300 bg-transparent px-2 py-1.5 text-sm dark:border-zinc-700 sm:max-w-none"
      >
        <optgroup label="Vision">
          {vision.map((m) => (
            <option key={m.id} value={m.id} title={describe(m)}>
              {m.name}
              {m.free ? " (free)" : ""}
            </option>
          ))}
        </optgroup>
        <optgroup label="Text">
          {text.map((m) => (
            <option key={m.id} value={m.id} title={describe(m)}>
              {m.name}
              {m.free ? " (free)" : ""}
            </option>
          ))}
        </optgroup>
      </select>
    </label>
  );
}
