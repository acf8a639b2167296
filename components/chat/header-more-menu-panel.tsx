"use client";

import { useTranslations } from "next-intl";
import { Bot, FileArchive, FileJson, Link2, LogOut, Monitor, Moon, Share2, Sun } from "lucide-react";
import { useCallback, useState } from "react";
import { startAgentSession } from "@/components/agent/agent-start-button";
import { signOut } from "@/components/access/sign-out-button";
import { ShareDialogs, type ShareDialogKind } from "@/components/share/share-button";
import { glyphs } from "@/components/ui/glyphs";
import { IconButton } from "@/components/ui/icon-button";
import { useFirstItemFocus, useOpenedOnce, type OnDemandMenuProps } from "@/components/ui/loadable";
import { Menu, MenuContent, MenuItem, MenuLabel, MenuSeparator, MenuTrigger } from "@/components/ui/menu";
import { useChatStore } from "@/lib/store/chat-store";
import { exportConversation } from "./export-conversation";
import { useTheme } from "./theme-switch";

const THEME_ICONS = { system: <Monitor aria-hidden />, light: <Sun aria-hidden />, dark: <Moon aria-hidden /> };

type Props = OnDemandMenuProps & { onNewChat: () => void; user?: string };

/** A narrow header's overflow: the wide header's buttons as items, each offered when its button is, and the theme. */
export function HeaderMoreMenuPanel({ openedBy, onOpened, onNewChat, user }: Props) {
  const t = useTranslations("chat");
  const ts = useTranslations("share");
  const ta = useTranslations("agent");
  const tx = useTranslations("access");
  const canShare = useChatStore((s) => s.messages.length > 0 && !s.streamingId);
  const saved = useChatStore((s) => s.saved);
  const agentActive = useChatStore((s) => !!s.conversation.settings.agent);
  const [theme, nextTheme] = useTheme();
  const [dialog, setDialog] = useState<ShareDialogKind | null>(null);
  const close = useCallback(() => setDialog(null), []);
  const firstItemFocus = useFirstItemFocus(openedBy);
  useOpenedOnce(onOpened);
  const exportAs = (kind: "zip" | "json") => {
    const { id, title } = useChatStore.getState().conversation;
    void exportConversation(kind, id, title);
  };
  return (
    <>
      <Menu defaultOpen={!!openedBy}>
        <MenuTrigger asChild>
          <IconButton data-testid="more-button" label={t("more")} icon={glyphs.ellipsis} />
        </MenuTrigger>
        <MenuContent align="end" data-testid="more-menu" onFocus={firstItemFocus}>
          <MenuItem data-testid="more-share" icon={<Share2 aria-hidden />} disabled={!canShare} onSelect={() => setDialog("share")}>
            {ts("share")}
          </MenuItem>
          <MenuItem data-testid="more-shared-links" icon={<Link2 aria-hidden />} onSelect={() => setDialog("links")}>
            {ts("myLinks")}
          </MenuItem>
          {!agentActive && (
            <MenuItem data-testid="more-agent-start" icon={<Bot aria-hidden />} onSelect={() => startAgentSession(onNewChat)}>
              {ta("start")}
            </MenuItem>
          )}
          {/* Steps through the themes and stays open, so the next one is a tap away. */}
          <MenuItem
            data-testid="more-theme"
            data-theme={theme}
            icon={THEME_ICONS[theme]}
            onSelect={(e) => {
              e.preventDefault();
              nextTheme();
            }}
          >
            {t("themeShort", { theme })}
          </MenuItem>
          {saved && (
            <>
              <MenuSeparator />
              <MenuLabel>{t("export")}</MenuLabel>
              <MenuItem data-testid="more-export-zip" icon={<FileArchive aria-hidden />} onSelect={() => exportAs("zip")}>
                {t("exportZip")}
              </MenuItem>
              <MenuItem data-testid="more-export-json" icon={<FileJson aria-hidden />} onSelect={() => exportAs("json")}>
                {t("exportJson")}
              </MenuItem>
            </>
          )}
          {user && (
            <>
              <MenuSeparator />
              <MenuItem data-testid="more-sign-out" icon={<LogOut aria-hidden />} onSelect={() => void signOut()}>
                {tx("signOutUser", { user })}
              </MenuItem>
            </>
          )}
        </MenuContent>
      </Menu>
      <ShareDialogs open={dialog} onClose={close} />
    </>
  );
}
