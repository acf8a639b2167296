"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef } from "react";
import { stripMarkup } from "@/lib/glm/strip-markup";
import { servedModel } from "@/lib/chat/served-models";
import { turnBusy, useChatStore } from "@/lib/store/chat-store";
import { isMacPlatform, matchShortcut, type ShortcutAction } from "@/lib/ui/shortcuts";
import { announce } from "./announce";
import { focusComposer, focusWhenShown } from "./focus";

export interface ShortcutHandlers {
  openSheet(): void;
  newChat(): void;
  toggleSidebar(): void;
  /** Makes the history visible (expands it, or opens the drawer on a phone). */
  showSidebar(): void;
  /** Closes the phone drawer; false when it was not open. */
  closeDrawer(): boolean;
}

export function isMac(): boolean {
  const nav = navigator as Navigator & { userAgentData?: { platform?: string } };
  return isMacPlatform(nav.userAgentData?.platform || nav.platform || "");
}

/** Some layer (dialog, menu, listbox, popover) is open and owns Escape. */
function layerOpen(): boolean {
  // A native <dialog> (the document viewer) has no role attribute, and Escape is its own close.
  return !!document.querySelector('[role="dialog"], [role="alertdialog"], dialog[open], [role="menu"], [role="listbox"][data-state="open"]');
}

/**
 * Escape must not stop an answer under someone typing: in any other field, or in the message box
 * while it holds a follow-up being written (an Escape there is a habit, or meant for the browser's
 * autocomplete). From an empty message box, where focus goes after Send, it stops the answer.
 */
function typingIn(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.id === "composer") return target instanceof HTMLTextAreaElement && target.value !== "";
  return target.isContentEditable || target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement;
}

/** The app-wide keyboard shortcuts (lib/ui/shortcuts.ts), listened for on the window. */
export function useShortcuts(handlers: ShortcutHandlers) {
  const t = useTranslations("a11y");
  const latest = useRef(handlers);
  useEffect(() => {
    latest.current = handlers;
  });
  useEffect(() => {
    const mac = isMac();
    const run = (action: ShortcutAction, e: KeyboardEvent): boolean => {
      const h = latest.current;
      const store = useChatStore.getState();
      switch (action) {
        case "shortcuts":
          h.openSheet();
          return true;
        case "newChat":
          h.newChat();
          requestAnimationFrame(() => focusComposer());
          return true;
        case "focusComposer":
          return focusComposer();
        case "search":
          h.showSidebar();
          focusWhenShown("history-search", 10, true);
          return true;
        case "toggleSidebar":
          h.toggleSidebar();
          return true;
        case "stop":
          // Escape belongs to whatever is open first, then to the drawer, then to a running answer.
          if (e.defaultPrevented || layerOpen()) return false;
          if (h.closeDrawer()) return true;
          if (!turnBusy(store) || typingIn(e.target)) return false;
          store.stop();
          return true;
        case "copyLastAnswer":
          void copyLastAnswer(t("copied"), t("nothingToCopy"));
          return true;
        case "toggleThinking": {
          const { model, thinking } = store.conversation.settings;
          if (servedModel(model)?.canDisableThinking === false) announce(t("thinkingLocked"));
          else {
            store.setThinking(!thinking);
            announce(thinking ? t("thinkingOff") : t("thinkingOn"));
          }
          return true;
        }
      }
    };
    const onKey = (e: KeyboardEvent) => {
      const action = matchShortcut(e, mac);
      if (action && run(action, e)) e.preventDefault();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [t]);
}

async function copyLastAnswer(done: string, none: string) {
  const last = useChatStore
    .getState()
    .messages.findLast((m) => m.role === "assistant" && m.status !== "streaming" && m.content.trim());
  if (!last) {
    announce(none);
    return;
  }
  try {
    await navigator.clipboard.writeText(stripMarkup(last.content));
    announce(done);
  } catch {
    announce(none);
  }
}
