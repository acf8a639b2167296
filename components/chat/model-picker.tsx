"use client";

import { useTranslations } from "next-intl";
import { loadable } from "@/components/ui/loadable";
import { ComboboxTrigger } from "@/components/ui/combobox-trigger";
import { findModel } from "@/lib/glm/models";
import { useChatStore } from "@/lib/store/chat-store";

const PICKER_CLASS = "max-w-44 sm:max-w-none";

/** Until the menu's code arrives (just after hydration) the picker shows its closed look, inert. */
function ClosedPicker() {
  const model = useChatStore((s) => s.conversation.settings.model);
  const t = useTranslations("model");
  const name = findModel(model)?.name ?? model;
  return <ComboboxTrigger data-testid="model-picker" data-value={model} disabled aria-label={t("current", { name })} text={name} className={PICKER_CLASS} />;
}

// The popover, search and ability badges load after the first screen (lib/ui/first-screen.ts): only
// the trigger is on screen. Swapped in without a Suspense boundary, whose fallback would mount the
// trigger once more.
const modelMenu = loadable(() => import("./model-menu").then((m) => m.ModelMenu));

export function ModelPicker() {
  const ModelMenu = modelMenu.useLoaded();
  return ModelMenu ? <ModelMenu className={PICKER_CLASS} /> : <ClosedPicker />;
}
