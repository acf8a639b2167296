"use client";

import { useTranslations } from "next-intl";
import { glyphs } from "@/components/ui/glyphs";
import { IconButton } from "@/components/ui/icon-button";
import { SignOutButton } from "@/components/access/sign-out-button";
import { ShareButton } from "@/components/share/share-button";
import { AgentStartButton } from "@/components/agent/agent-start-button";
import { ChatTitle } from "./chat-title";
import { DemoBadge } from "./demo-badge";
import { ExportMenu } from "./export-menu";
import { HEADER_ACTIONS, HEADER_BAR, HEADER_MORE, HEADER_NAME, HEADER_WORDS } from "./header-fit";
import { ModelPicker } from "./model-picker";
import { HeaderMoreMenu } from "./header-more-menu";
import { ThemeSwitch } from "./theme-switch";
import { ThinkingToggle } from "./thinking-toggle";
import { useShell } from "./shell-context";
import { useWide } from "@/components/ui/use-wide";

/** The chat page's top bar: history toggle, title, model and per-chat controls, New chat. */
export function ChatHeader({ demo, user }: { demo: boolean; /** Signed-in user on a private server. */ user?: string }) {
  const t = useTranslations("chat");
  const { drawerOpen, collapsed, toggleSidebar, newChat } = useShell();
  // A wide window shows the history as a column (collapsible), a narrow one as a drawer.
  const historyShown = useWide() ? !collapsed : drawerOpen;
  return (
    <header className={`${HEADER_BAR} print:hidden`}>
      <IconButton data-testid="sidebar-toggle" label={t("toggleSidebar")} icon={glyphs["panel-left"]} aria-expanded={historyShown} onClick={toggleSidebar} />
      {/* The page's one h1: visible in a wide header, for screen readers only in a narrow one. It
          never gives way: beside a long title it wrapped to two lines ("GLM / Chat"). */}
      <h1 className={HEADER_NAME}>GLM Chat</h1>
      {demo && <DemoBadge />}
      <ChatTitle />
      <div className="ml-auto flex min-w-0 items-center gap-1 sm:gap-2">
        <ModelPicker />
        <ThinkingToggle />
        {/* A narrow header (a phone, or a tablet beside the history) has no room for these beside
            the model's name: there they are in More (and the theme also in the phone's drawer). */}
        <div className={HEADER_ACTIONS}>
          <ExportMenu />
          <ThemeSwitch className="hidden sm:inline-flex" />
          <AgentStartButton onNewChat={newChat} />
          <ShareButton />
          {user && <SignOutButton user={user} />}
        </div>
        <div className={HEADER_MORE}>
          <HeaderMoreMenu onNewChat={newChat} user={user} />
        </div>
        <IconButton data-testid="new-chat-button" label={t("newChat")} text={t("newChat")} textClassName={HEADER_WORDS} tooltip={false} icon={glyphs.plus} onClick={newChat} />
      </div>
    </header>
  );
}
