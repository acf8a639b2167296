"use client";

import { createContext, use } from "react";

/**
 * What the chat page's regions share with its shell (components/chat/chat-app.tsx): the history
 * drawer / column state and the actions of the header's controls. The regions are separate client
 * references composed by the server page (components/chat/chat-page.tsx), so each is hydrated and
 * its code evaluated in its own task (docs/decisions/startup-reads.md, round 4); they reach the
 * shell's state through this context rather than props.
 */
export interface Shell {
  /** The drawer on small screens. */
  drawerOpen: boolean;
  /** The column collapsed on wide screens. */
  collapsed: boolean;
  toggleSidebar(): void;
  closeDrawer(): void;
  openSettings(): void;
  newChat(): void;
}

const noop = () => undefined;
export const ShellContext = createContext<Shell>({ drawerOpen: false, collapsed: false, toggleSidebar: noop, closeDrawer: noop, openSettings: noop, newChat: noop });

export function useShell(): Shell {
  return use(ShellContext);
}
