"use client";

import { useTranslations } from "next-intl";
import { glyphs } from "@/components/ui/glyphs";
import { IconButton } from "@/components/ui/icon-button";
import { loadable, useOpenedOnDemand } from "@/components/ui/loadable";

// The menu (Radix) and the dialogs it opens are fetched and mounted only when first opened.
const panel = loadable(() => import("./phone-more-menu-panel").then((m) => m.PhoneMoreMenuPanel), { when: "asked" });

/**
 * A phone's header has room for the model's name or for Export, GUI agent, Share and Sign out,
 * not both (at 360 px the name was cut to nothing): below `sm` those live in this menu.
 */
export function PhoneMoreMenu({ onNewChat, user }: { onNewChat: () => void; user?: string }) {
  const t = useTranslations("chat");
  const { Menu, openedBy, opened, trigger } = useOpenedOnDemand(panel);
  if (Menu) return <Menu openedBy={openedBy} onOpened={opened} onNewChat={onNewChat} user={user} />;
  return <IconButton data-testid="phone-more-button" label={t("more")} icon={glyphs.ellipsis} aria-haspopup="menu" aria-expanded={false} {...trigger} />;
}
