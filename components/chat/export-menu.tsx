"use client";

import { useTranslations } from "next-intl";
import { glyphs } from "@/components/ui/glyphs";
import { IconButton } from "@/components/ui/icon-button";
import { loadable, useOpenedOnDemand } from "@/components/ui/loadable";
import { useChatStore } from "@/lib/store/chat-store";

// The menu (Radix DropdownMenu) is fetched and mounted only when first opened: until then the
// button alone (docs/decisions/render-work.md).
const panel = loadable(() => import("./export-menu-panel").then((m) => m.ExportMenuPanel), { when: "asked" });

/** Export, once the conversation is saved. */
export function ExportMenu() {
  const t = useTranslations("chat");
  const saved = useChatStore((s) => s.saved);
  const { Menu, openedBy, opened, trigger } = useOpenedOnDemand(panel);
  if (!saved) return null;
  if (Menu) return <Menu openedBy={openedBy} onOpened={opened} />;
  return <IconButton data-testid="export-button" label={t("export")} icon={glyphs.download} aria-haspopup="menu" aria-expanded={false} {...trigger} />;
}
