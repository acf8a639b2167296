"use client";

import { useTranslations } from "next-intl";
import { glyphs } from "@/components/ui/glyphs";
import { useCallback, useEffect, useState } from "react";
import { Sidebar } from "@/components/sidebar/sidebar";
import { UndoToast } from "@/components/sidebar/undo-toast";
import dynamic from "next/dynamic";

// Opened on demand: kept out of the first load.
const SettingsPanel = dynamic(() => import("@/components/settings/settings-panel").then((m) => m.SettingsPanel), { ssr: false });
const ShortcutsDialog = dynamic(() => import("./a11y/shortcuts-dialog").then((m) => m.ShortcutsDialog), { ssr: false });
import { useChatStore } from "@/lib/store/chat-store";
import { initPersistence } from "@/lib/store/cross-tab";
import { Composer } from "./composer";
import { ComposerTools } from "./composer-tools";
import { SignOutButton } from "@/components/access/sign-out-button";
import { DemoBadge } from "./demo-badge";
import { DemoContext } from "./demo-context";
import { DropZone } from "./drop-zone";
import { ExportMenu } from "./export-menu";
import { MessageList } from "./message-list";
import { ModelPicker } from "./model-picker";
import { QuarantineNotice } from "./quarantine-notice";
import { StorageWarning } from "./storage-warning";
import { ThemeSwitch } from "./theme-switch";
import { ShareButton } from "@/components/share/share-button";
import { LazyImportFromLink } from "@/components/share/lazy-import-from-link";
import { ThinkingToggle } from "./thinking-toggle";
import { ChatTitle } from "./chat-title";
import { IconButton } from "@/components/ui/icon-button";
import { useConversationRoute } from "./use-conversation-route";
import { AgentStartButton } from "@/components/agent/agent-start-button";
import { LazyAgentPanel } from "@/components/agent/lazy-agent-panel";
import { LiveRegion } from "./a11y/live-region";
import { SkipLink } from "./a11y/skip-link";
import { useShortcuts } from "./a11y/use-shortcuts";
import { startStartupReads } from "@/lib/store/startup-reads";
import { claimFirstScreen, markFirstScreenShown } from "@/lib/ui/first-screen";

// The list and the open conversation are read while React hydrates, not after (startup-reads.ts),
// and code for later (menus, tooltips) waits until they are on screen (lib/ui/first-screen.ts).
if (typeof window !== "undefined") {
  startStartupReads(window.location.pathname);
  claimFirstScreen();
  const shown = () => {
    const s = useChatStore.getState();
    return s.listLoaded && s.routeStatus !== "loading";
  };
  const stop = useChatStore.subscribe(() => {
    if (!shown()) return;
    stop();
    markFirstScreenShown();
  });
}

/** The whole chat shell for `/` and `/c/<id>`: the URL picks the conversation, loaded from IndexedDB. */
export function ChatApp({ demo, user }: { demo: boolean; /** Signed-in user on a private server. */ user?: string }) {
  const t = useTranslations("chat");
  const [drawerOpen, setDrawerOpen] = useState(false);
  const [collapsed, setCollapsed] = useState(false);
  const [settingsOpen, setSettingsOpen] = useState(false);
  const [sheetOpen, setSheetOpen] = useState(false);
  useEffect(initPersistence, []);
  useConversationRoute();
  const closeDrawer = useCallback(() => setDrawerOpen(false), []);
  const toggleSidebar = () => {
    if (matchMedia("(min-width: 768px)").matches) setCollapsed((c) => !c);
    else setDrawerOpen((o) => !o);
  };
  const newChat = () => {
    useChatStore.getState().newChat();
    setDrawerOpen(false);
  };
  useShortcuts({
    openSheet: () => setSheetOpen(true),
    newChat,
    toggleSidebar,
    showSidebar: () => {
      if (matchMedia("(min-width: 768px)").matches) setCollapsed(false);
      else setDrawerOpen(true);
    },
    closeDrawer: () => {
      if (!drawerOpen || matchMedia("(min-width: 768px)").matches) return false;
      setDrawerOpen(false);
      return true;
    },
  });

  return (
    <DemoContext value={demo}>
    <div className="flex h-dvh pl-[env(safe-area-inset-left)] pr-[env(safe-area-inset-right)]">
      <SkipLink />
      <Sidebar drawerOpen={drawerOpen} collapsed={collapsed} onClose={closeDrawer} onOpenSettings={() => setSettingsOpen(true)} />
      <div className="flex min-w-0 flex-1 flex-col">
        <header className="flex items-center gap-1 border-b border-line px-2 pb-2 pt-[max(0.5rem,env(safe-area-inset-top))] sm:gap-2 sm:px-3">
          <IconButton data-testid="sidebar-toggle" label={t("toggleSidebar")} icon={glyphs["panel-left"]} aria-expanded={drawerOpen || !collapsed} onClick={toggleSidebar} />
          {/* The page's one h1: visible on wide screens, for screen readers only on a phone. */}
          <h1 className="sr-only text-base font-semibold sm:not-sr-only">GLM Chat</h1>
          {demo && <DemoBadge />}
          <ChatTitle />
          <div className="ml-auto flex min-w-0 items-center gap-1 sm:gap-2">
            <ModelPicker />
            <ThinkingToggle />
            <ExportMenu />
            <ThemeSwitch />
            <AgentStartButton onNewChat={newChat} />
            <ShareButton />
            {user && <SignOutButton user={user} />}
            <IconButton data-testid="new-chat-button" label={t("newChat")} text={t("newChat")} tooltip={false} icon={glyphs.plus} onClick={newChat} />
          </div>
        </header>
        <QuarantineNotice />
        <StorageWarning />
        <LazyImportFromLink />
        <LazyAgentPanel />
        <DropZone>
          <main className="flex min-h-0 flex-1 flex-col">
            <MessageList />
            <div className="px-3 pb-[max(0.75rem,env(safe-area-inset-bottom))] pt-1">
              <ComposerTools />
              <Composer />
            </div>
          </main>
        </DropZone>
      </div>
      <LiveRegion />
      <UndoToast />
      {settingsOpen && <SettingsPanel onClose={() => setSettingsOpen(false)} />}
      {sheetOpen && <ShortcutsDialog onClose={() => setSheetOpen(false)} />}
    </div>
    </DemoContext>
  );
}
