"use client";

import { useTranslations } from "next-intl";
import { loadable, useOpenedOnDemand } from "@/components/ui/loadable";
import { ComboboxTrigger } from "@/components/ui/combobox-trigger";
import { describeModel } from "@/lib/glm/describe-model";
import { useServerInfo } from "@/lib/chat/use-server-info";
import { useChatStore } from "@/lib/store/chat-store";

const PICKER_CLASS = "max-w-44 sm:max-w-none";

// The popover, search and ability badges (Radix Popover) are fetched and mounted only when the
// picker is first opened: until then it is this trigger alone (docs/decisions/render-work.md).
const modelMenu = loadable(() => import("./model-menu").then((m) => m.ModelMenu), { when: "asked" });

export function ModelPicker() {
  const model = useChatStore((s) => s.conversation.settings.model);
  const streaming = useChatStore((s) => s.streamingId !== null);
  const t = useTranslations("model");
  const { models } = useServerInfo();
  const { Menu, openedBy, opened, trigger } = useOpenedOnDemand(modelMenu);
  if (Menu) return <Menu className={PICKER_CLASS} openedBy={openedBy} onOpened={opened} />;
  // The server's own list first: a self-hosted model's shown name is not the id it is served under.
  const name = models.find((m) => m.id === model)?.name ?? describeModel(model).name;
  return <ComboboxTrigger data-testid="model-picker" data-value={model} disabled={streaming} aria-label={t("current", { name })} aria-expanded={false} text={name} className={PICKER_CLASS} {...trigger} />;
}
