"use client";

import { Combobox, type ComboboxOption } from "@/components/ui/combobox";
import { abilityKeywords, modelAbilities } from "@/lib/glm/abilities";
import type { ModelInfo } from "@/lib/glm/models";
import { useServerInfo } from "@/lib/chat/use-server-info";
import { useChatStore } from "@/lib/store/chat-store";
import { cn } from "@/lib/ui/cn";

type Option = ComboboxOption & { model: ModelInfo };

const badge: Record<string, string> = {
  vision: "border-info-line bg-info-soft",
  video: "border-info-line bg-info-soft",
  free: "border-success-line bg-success-soft text-success-fg",
  "always-thinks": "border-warning-line bg-warning-soft text-warning-fg",
  context: "border-line text-muted-fg",
};

function ModelRow({ model }: { model: ModelInfo }) {
  return (
    <>
      <div className="font-medium">{model.name}</div>
      <ul className="mt-1 flex flex-wrap gap-1" aria-label="Abilities" data-testid="model-abilities">
        {modelAbilities(model).map((a) => (
          <li key={a.id} data-ability={a.id} className={cn("rounded border px-1.5 text-xs leading-5", badge[a.id])}>
            {a.label}
          </li>
        ))}
      </ul>
    </>
  );
}

/** A searchable menu of the catalogue: type to filter by name or ability ("vision", "free", "200K"). */
export function ModelMenu({ className }: { className?: string }) {
  const { models } = useServerInfo();
  const model = useChatStore((s) => s.conversation.settings.model);
  const setModel = useChatStore((s) => s.setModel);
  const streaming = useChatStore((s) => s.streamingId !== null);
  const options: Option[] = [...models.filter((m) => m.images), ...models.filter((m) => !m.images)].map((m) => ({
    value: m.id,
    label: m.name,
    keywords: abilityKeywords(m),
    group: m.images ? "Vision" : "Text",
    model: m,
  }));
  return (
    <Combobox
      testId="model-picker"
      label="Model"
      placeholder="Search models: name, vision, free…"
      value={model}
      options={options}
      onChange={setModel}
      disabled={streaming}
      renderOption={(o) => <ModelRow model={o.model} />}
      className={className}
    />
  );
}
