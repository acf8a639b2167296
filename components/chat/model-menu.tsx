"use client";

import { useTranslations } from "next-intl";
import { Fragment } from "react";
import { Combobox, type ComboboxOption } from "@/components/ui/combobox";
import { useOpenedOnce, type OnDemandMenuProps } from "@/components/ui/loadable";
import { abilityKeywords, modelAbilities, type Ability } from "@/lib/glm/abilities";
import type { ModelInfo } from "@/lib/glm/models";
import { useServerInfo } from "@/lib/chat/use-server-info";
import { useChatStore } from "@/lib/store/chat-store";
import { cn } from "@/lib/ui/cn";
import { servedIdWorthShowing } from "@/lib/glm/served-id";

type Option = ComboboxOption & { model: ModelInfo };

const badge: Record<string, string> = {
  vision: "border-info-line bg-info-soft",
  video: "border-info-line bg-info-soft",
  free: "border-success-line bg-success-soft text-success-fg",
  "always-thinks": "border-warning-line bg-warning-soft text-warning-fg",
  context: "border-line text-muted-fg",
};

/**
 * The id a self-hosted server serves the model under, shown beneath the name when the two differ
 * (`/mnt/models/GLM-4.5V-FP8` named "GLM-4.5V"): it is what is sent, and what the operator knows it by.
 */
function servedIdOf(model: ModelInfo): string | undefined {
  return servedIdWorthShowing(model.id, model.name);
}

/** The row's name: its visible words in order (name, served id), so the two match. */
const rowName = (model: ModelInfo) => [model.name, servedIdOf(model)].filter(Boolean).join(" ");

function ModelRow({ model }: { model: ModelInfo }) {
  const label = useAbilityLabel();
  // The spaces between the blocks show nothing, but the row's text reads "GLM-4.5V Vision 64K
  // context", not "GLM-4.5VVision64K context", as its name does (axe's label-content-name-mismatch
  // compares them), and copied text keeps the words apart.
  const gap = " ";
  const served = servedIdOf(model);
  return (
    <>
      <div className="font-medium" data-testid="model-name">
        {model.name}
      </div>
      {served && (
        <>
          {gap}
          <div className="break-all text-xs text-muted-fg" data-testid="model-served-id">
            {served}
          </div>
        </>
      )}
      {gap}
      <ul className="mt-1 flex flex-wrap gap-1" data-testid="model-abilities">
        {modelAbilities(model).map((a) => (
          <Fragment key={a.id}>
            {gap}
            <li data-ability={a.id} className={cn("rounded border px-1.5 text-xs leading-5", badge[a.id])}>
              {label(a.id, model)}
            </li>
          </Fragment>
        ))}
      </ul>
    </>
  );
}

/** An ability badge in the reader's language ("200K context" / "200K 上下文"). */
function useAbilityLabel(): (id: Ability["id"], model: ModelInfo) => string {
  const t = useTranslations("model.ability");
  return (id, model) => (id === "context" ? t("context", { size: `${Math.round(model.contextTokens / 1024)}K` }) : t(id));
}

/** A searchable menu of the catalogue: type to filter by name or ability ("vision", "free", "200K"). */
export function ModelMenu({ className, openedBy, onOpened }: OnDemandMenuProps & { className?: string }) {
  const t = useTranslations("model");
  const label = useAbilityLabel();
  const { models } = useServerInfo();
  const model = useChatStore((s) => s.conversation.settings.model);
  const setModel = useChatStore((s) => s.setModel);
  const streaming = useChatStore((s) => s.streamingId !== null);
  useOpenedOnce(onOpened);
  const options: Option[] = [...models.filter((m) => m.images), ...models.filter((m) => !m.images)].map((m) => {
    const abilities = modelAbilities(m).map((a) => label(a.id, m));
    return {
      value: m.id,
      label: m.name,
      // The reader's words for the abilities match too ("视觉"), besides the English ones.
      keywords: `${abilityKeywords(m)} ${abilities.join(" ")}`,
      group: m.images ? t("vision") : t("text"),
      // Named from its content, a row read "GLM-4.5V Abilities" (the list's own label): say them.
      name: abilities.length ? t("optionName", { name: rowName(m), abilities: abilities.join(t("abilitySeparator")) }) : rowName(m),
      model: m,
    };
  });
  return (
    <Combobox
      testId="model-picker"
      label={t("label")}
      popupLabel={t("choose")}
      placeholder={t("search")}
      value={model}
      options={options}
      onChange={setModel}
      disabled={streaming}
      renderOption={(o) => <ModelRow model={o.model} />}
      className={className}
      defaultOpen={!!openedBy}
    />
  );
}
