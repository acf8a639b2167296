"use client";

import { glyph } from "@/components/ui/glyphs";
import { memo, useCallback, useEffect, useRef, useState } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { useChatStore } from "@/lib/store/chat-store";
import { conversationPath, pushPath } from "@/lib/store/navigation";
import { ConversationList } from "./conversation-list";
import { loadable } from "@/components/ui/loadable";
import { useShell } from "@/components/chat/shell-context";
import { afterFirstScreen } from "@/lib/ui/first-screen";
import { useDrawerFocus } from "./use-drawer-focus";
import { searchBoxKeys } from "./history-keys";
import { ThemeSwitch } from "@/components/chat/theme-switch";
import { preloadMessageView } from "@/components/chat/message-view";
import { revealMessage } from "@/lib/ui/reveal-target";

// Search results are fetched after hydration, out of the first load; the index warms up once the
// list is on screen.
const settingsIcon = glyph("settings", "text-muted-fg");
const searchResults = loadable(() => import("./search-results").then((m) => m.SearchResults));

/**
 * Pointing at a conversation (or a search result), or reaching it by keyboard, fetches the message
 * view's code (~80 KB gzip, fetched on demand: components/chat/message-view.ts), as a link
 * prefetches on hover: on a new chat's page the first conversation opened waited for it after the
 * click (docs/decisions/startup-reads.md, round 17). A touch fires pointerover before its click.
 */
function warmMessageView(e: React.SyntheticEvent) {
  if ((e.target as Element).closest?.('[data-testid="conversation-open"], [data-testid="search-result"]')) preloadMessageView();
}

/**
 * Search results while a query is typed. A component of its own, so the code arriving after the
 * first screen re-renders nothing while no one searches (the sidebar fetches it then; by the first
 * keystroke it is usually here and renders at once).
 */
function SearchPane({ query, onPick }: { query: string; onPick: (id: string, messageId?: string, query?: string) => void }) {
  const t = useTranslations("sidebar");
  const loaded = searchResults.useLoaded();
  // Offline with its code not stored, an empty box read as "nothing found": say so. The query
  // stays in the box, and the next keystroke asks for the code again.
  const [failed, setFailed] = useState(false);
  const [late, setLate] = useState<typeof loaded>();
  const SearchResults = loaded ?? late;
  useEffect(() => {
    if (SearchResults) return;
    let live = true;
    searchResults.preload().then(
      (c) => live && setLate(() => c),
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, [SearchResults, query]);
  if (SearchResults) return <SearchResults query={query} onPick={onPick} />;
  // Until its code is here, an empty box in the list's place keeps the footer at the bottom.
  return (
    <div className="min-h-0 flex-1">
      {failed && (
        <p role="alert" data-testid="search-unavailable" className="px-3 py-2 text-sm text-muted-fg">
          {t("searchUnavailable")}
        </p>
      )}
    </div>
  );
}

/** Memoised: the sidebar's own updates (typing a query, the shell's drawer state) leave the rows alone. */
const List = memo(ConversationList);

/** After the list is on screen: building the index reads every message, which would compete with it. */
function warmSearchIndex() {
  const warm = () => {
    void import("@/lib/store/persist/search").then((m) => m.warmSearchIndex()).catch(() => undefined);
  };
  const idle = (window as { requestIdleCallback?: (cb: () => void, o?: { timeout: number }) => number }).requestIdleCallback;
  if (idle) idle(warm, { timeout: 1000 });
  else setTimeout(warm, 200);
}

/**
 * History: a column on wide screens (collapsible), a drawer under 768 px or on a short screen (lib/ui/wide.ts). Its open / collapsed
 * state is the chat page shell's (a region of its own: components/chat/chat-page.tsx).
 */
export function Sidebar() {
  const { drawerOpen, collapsed, closeDrawer: onClose, openSettings: onOpenSettings } = useShell();
  const t = useTranslations("sidebar");
  const [query, setQuery] = useState("");
  const ta = useTranslations("a11y");
  const aside = useRef<HTMLElement>(null);
  useDrawerFocus(aside, drawerOpen);
  const search = useRef<HTMLInputElement>(null);
  useEffect(() => {
    // On a stored conversation this column hydrates after the first screen has painted
    // (components/chat/hydrate-after-first-screen.tsx): a query typed into the server's HTML
    // before then never reached React's state. Marked in the DOM, not in state: no second render.
    const typed = search.current?.value;
    if (typed) setQuery(typed);
    aside.current?.setAttribute("data-hydrated", "true");
  }, []);
  useEffect(() => {
    // The search results' code comes after the first screen (as `useLoaded` would fetch it).
    void afterFirstScreen()
      .then(() => searchResults.preload())
      .catch(() => undefined);
    // Heard from the store rather than rendered from it: the list's arrival re-renders the list only.
    if (useChatStore.getState().listLoaded) {
      warmSearchIndex();
      return;
    }
    const stop = useChatStore.subscribe((s) => {
      if (!s.listLoaded) return;
      stop();
      warmSearchIndex();
    });
    return stop;
  }, []);
  const pick = useCallback(
    (id: string, messageId?: string, searched?: string) => {
      // A search result opens at its match, its words marked (components/chat/message-list.tsx takes it).
      if (messageId) revealMessage(id, messageId, searched);
      pushPath(conversationPath(id));
      onClose();
    },
    [onClose],
  );
  const placement = drawerOpen ? "fixed inset-y-0 left-0 z-40 flex shadow-xl md:shadow-none" : "hidden";
  const wide = collapsed ? "md:hidden" : "md:static md:flex";
  return (
    <>
      {drawerOpen && <div data-testid="sidebar-backdrop" className="fixed inset-0 z-30 bg-scrim/30 md:hidden print:hidden" onClick={onClose} />}
      {/* Focusable itself: on a touch screen the open drawer takes focus without raising the keyboard. */}
      <aside ref={aside} data-testid="sidebar" aria-label={t("label")} tabIndex={-1} onPointerOver={warmMessageView} onFocus={warmMessageView} className={`${placement} ${wide} w-72 shrink-0 flex-col border-r border-line bg-subtle outline-none print:hidden`}>
        <div className="p-2">
          <label className="sr-only" htmlFor="history-search">
            {t("search")}
          </label>
          <input
            ref={search}
            id="history-search"
            type="search"
            data-testid="history-search"
            value={query}
            placeholder={t("search")}
            onChange={(e) => setQuery(e.target.value)}
            onKeyDown={searchBoxKeys}
            className="w-full rounded-lg border border-line-strong bg-surface px-3 py-1.5 text-sm outline-none placeholder:text-muted-fg focus-visible:ring-2 focus-visible:ring-ring"
          />
        </div>
        <p id="history-row-keys" className="sr-only">
          {ta("rowKeys")}
        </p>
        {query.trim() ? <SearchPane query={query} onPick={pick} /> : <List onPick={pick} />}
        <div className="flex items-center gap-1 border-t border-line p-2">
          <Button data-testid="settings-button" onClick={onOpenSettings} className="min-w-0 flex-1 justify-start font-normal hover:bg-muted-strong">
            {settingsIcon} {t("settings")}
          </Button>
          {/* The header has no room for it on a phone (components/chat/chat-header.tsx). */}
          <ThemeSwitch testId="drawer-theme-switch" className="sm:hidden" />
        </div>
      </aside>
    </>
  );
}
