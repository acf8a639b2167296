"use client";

import { AgentDraftKeeper } from "@/components/agent/use-agent-draft";
import { Suspense, useCallback, useEffect, useMemo, useState, type ReactNode } from "react";
import { UndoToast } from "@/components/sidebar/undo-toast";
import { lazyPart } from "@/components/ui/lazy-part";

// Opened on demand: kept out of the first load.
const SettingsPanel = lazyPart(() => import("@/components/settings/settings-panel").then((m) => m.SettingsPanel));
const ShortcutsDialog = lazyPart(() => import("./a11y/shortcuts-dialog").then((m) => m.ShortcutsDialog));
import { stopAnswersForSignOut, useChatStore } from "@/lib/store/chat-store";
import { initPersistence } from "@/lib/store/cross-tab";
import { DemoContext } from "./demo-context";
import { DropZone } from "./drop-zone";
import { QuarantineNotice } from "./quarantine-notice";
import { StorageWarning } from "./storage-warning";
import { OfflineNotice } from "./offline-notice";
import { EditAwayNotice } from "./edit-away-notice";
import { UnavailableNotice } from "@/components/ui/unavailable-notice";
import { LazyImportFromLink } from "@/components/share/lazy-import-from-link";
import { useConversationRoute } from "./use-conversation-route";
import { LazyAgentPanel } from "@/components/agent/lazy-agent-panel";
import { LiveRegion } from "./a11y/live-region";
import { SkipLink } from "./a11y/skip-link";
import { useShortcuts } from "./a11y/use-shortcuts";
import { startStartupReads } from "@/lib/store/startup-reads";
import { claimFirstScreen, markFirstScreenShown } from "@/lib/ui/first-screen";
import { ShellContext, type Shell } from "./shell-context";
import { ServerInfoProvider } from "./server-info-provider";
import { HeaderSpace } from "./header-space";
import { takeSettingsOpenThroughRefresh } from "@/components/settings/settings-through-refresh";
import { useLeaveOnSessionChange } from "@/components/access/use-session-sync";
import { isWide } from "@/lib/ui/wide";

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

interface Regions {
  demo: boolean;
  /**
   * A stored conversation's address: the message list hydrates with the shell, not in a boundary
   * of its own at idle priority, where it waited behind the other regions and was restarted by
   * every store update meanwhile (docs/decisions/startup-reads.md, round 5).
   */
  messagesFirst?: boolean;
  /** The history column / drawer. */
  sidebar: ReactNode;
  header: ReactNode;
  messages: ReactNode;
  /** The composer and the row of switches above it. */
  composer: ReactNode;
}

/**
 * The chat page's shell for `/` and `/c/<id>` (the URL picks the conversation, loaded from
 * IndexedDB): layout, page-wide state and shortcuts. Its regions come from the server page
 * (./chat-page.tsx) as separate client references, each in its own Suspense boundary, so React
 * hydrates them after the shell, each module graph evaluated in its own task rather than the
 * whole page's in one (docs/decisions/startup-reads.md, round 4). Regions reach the shell's
 * state through ShellContext.
 */
export function ChatApp({ demo, messagesFirst = false, sidebar, header, messages, composer }: Regions) {
  const [drawerOpen, setDrawerOpen] = useState(false);
  const [collapsed, setCollapsed] = useState(false);
  // "kept": open because this shell mounted during a language change's refresh (settings-through-refresh.ts).
  const [settingsOpen, setSettingsOpen] = useState<boolean | "kept">(() => takeSettingsOpenThroughRefresh() && "kept");
  // The shortcuts sheet, and whether Settings opened it (its link is gone once the sheet closes).
  const [sheetOpen, setSheetOpen] = useState<false | "keys" | "settings">(false);
  useEffect(initPersistence, []);
  useConversationRoute();
  // The actions keep their identity (the setters do), so a region memoised on them stays put.
  const actions = useMemo(
    () => ({
      toggleSidebar: () => {
        if (isWide()) setCollapsed((c) => !c);
        else setDrawerOpen((o) => !o);
      },
      closeDrawer: () => setDrawerOpen(false),
      openSettings: () => setSettingsOpen(true),
      newChat: () => {
        useChatStore.getState().newChat();
        setDrawerOpen(false);
      },
    }),
    [],
  );
  const shell = useMemo<Shell>(() => ({ ...actions, drawerOpen, collapsed }), [actions, drawerOpen, collapsed]);
  const closeSettings = useCallback(() => setSettingsOpen(false), []);
  const settingsToShortcuts = useCallback(() => {
    setSettingsOpen(false);
    setSheetOpen("settings");
  }, []);
  useShortcuts({
    openSheet: () => setSheetOpen("keys"),
    newChat: shell.newChat,
    toggleSidebar: shell.toggleSidebar,
    showSidebar: () => {
      if (isWide()) setCollapsed(false);
      else setDrawerOpen(true);
    },
    closeDrawer: () => {
      if (!drawerOpen || isWide()) return false;
      setDrawerOpen(false);
      return true;
    },
  });
  // Another tab signed out (or signed someone else in): nothing of this person's chats stays on
  // screen while the sign-in page loads.
  const leaving = useLeaveOnSessionChange("app", stopAnswersForSignOut);
  if (leaving) return null;

  return (
    <DemoContext value={demo}>
    <ServerInfoProvider>
    <ShellContext value={shell}>
    <div className="flex h-dvh pl-[env(safe-area-inset-left)] pr-[env(safe-area-inset-right)] print:block print:h-auto">
      <SkipLink />
      <Suspense>{sidebar}</Suspense>
      {/* Inert while the phone's history drawer covers it (components/sidebar/use-drawer-focus.ts). */}
      <div data-behind-drawer className="flex min-w-0 flex-1 flex-col print:block">
        <Suspense fallback={<HeaderSpace />}>{header}</Suspense>
        <QuarantineNotice />
        <StorageWarning />
        <OfflineNotice />
        <EditAwayNotice />
        <UnavailableNotice />
        <LazyImportFromLink />
        <LazyAgentPanel />
        <DropZone>
          <main className="flex min-h-0 flex-1 flex-col print:block">
            {messagesFirst ? messages : <Suspense>{messages}</Suspense>}
            {/* The anchor a phone's toasts sit on (components/ui/toast.tsx). */}
            <div className="px-3 pb-[max(0.75rem,env(safe-area-inset-bottom))] pt-1 [anchor-name:--composer-dock] short:pb-[max(0.25rem,env(safe-area-inset-bottom))] short:pt-0.5 print:hidden">
              <Suspense>{composer}</Suspense>
            </div>
          </main>
        </DropZone>
      </div>
      <LiveRegion />
      <UndoToast />
      <AgentDraftKeeper />
      {settingsOpen && <SettingsPanel onClose={closeSettings} onShowShortcuts={settingsToShortcuts} keptThroughRefresh={settingsOpen === "kept"} />}
      {sheetOpen && <ShortcutsDialog onClose={() => setSheetOpen(false)} returnToComposer={sheetOpen === "settings"} />}
    </div>
    </ShellContext>
    </ServerInfoProvider>
    </DemoContext>
  );
}
