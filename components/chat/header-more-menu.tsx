"use client";

import { useTranslations } from "next-intl";
import { glyphs } from "@/components/ui/glyphs";
import { IconButton } from "@/components/ui/icon-button";
import { loadable, useOpenedOnDemand } from "@/components/ui/loadable";

// The menu (Radix) and the dialogs it opens are fetched and mounted only when first opened.
const panel = loadable(() => import("./header-more-menu-panel").then((m) => m.HeaderMoreMenuPanel), { when: "asked" });

/**
 * A narrow header (a phone, a tablet beside the history) has room for the model's name or for
 * Export, theme, GUI agent, Share and Sign out, not both: there those live in this menu
 * (./header-fit.ts says from which width).
 */
export function HeaderMoreMenu({ onNewChat, user }: { onNewChat: () => void; user?: string }) {
  const t = useTranslations("chat");
  const { Menu, openedBy, opened, trigger } = useOpenedOnDemand(panel);
  if (Menu) return <Menu openedBy={openedBy} onOpened={opened} onNewChat={onNewChat} user={user} />;
  return <IconButton data-testid="more-button" label={t("more")} icon={glyphs.ellipsis} aria-haspopup="menu" aria-expanded={false} {...trigger} />;
}
