/**
 * The app's keyboard shortcuts: one table, the pure matcher the global key handler uses, and the
 * key caps the shortcuts sheet shows. Keys follow ChatGPT's where it has one (new chat, focus
 * composer, copy last answer, toggle sidebar, search), so people's habits carry over. "Mod" is
 * Ctrl, or ⌘ on a Mac.
 */

import { isImeKey } from "./ime";

export const SHORTCUT_ACTIONS = ["shortcuts", "newChat", "focusComposer", "search", "toggleSidebar", "stop", "copyLastAnswer", "toggleThinking"] as const;
export type ShortcutAction = (typeof SHORTCUT_ACTIONS)[number];

export interface Shortcut {
  action: ShortcutAction;
  mod: boolean;
  shift: boolean;
  /** KeyboardEvent.code: the physical key, so Shift or a layout does not change what matches. */
  code: string;
  /** What the key cap shows. */
  cap: string;
}

export const SHORTCUTS: readonly Shortcut[] = [
  { action: "shortcuts", mod: true, shift: false, code: "Slash", cap: "/" },
  { action: "newChat", mod: true, shift: true, code: "KeyO", cap: "O" },
  { action: "focusComposer", mod: false, shift: true, code: "Escape", cap: "Esc" },
  { action: "search", mod: true, shift: false, code: "KeyK", cap: "K" },
  { action: "toggleSidebar", mod: true, shift: true, code: "KeyS", cap: "S" },
  // Escape alone stops an answer only when nothing else is open and no one is typing a message
  // (the handler checks both).
  { action: "stop", mod: false, shift: false, code: "Escape", cap: "Esc" },
  { action: "copyLastAnswer", mod: true, shift: true, code: "KeyC", cap: "C" },
  // Ctrl+Shift+T reopens a tab in every browser; E is free in Chrome, Edge, Safari and Firefox.
  { action: "toggleThinking", mod: true, shift: true, code: "KeyE", cap: "E" },
];

/** The parts of a KeyboardEvent the matcher reads (a plain object in tests). */
export interface KeyLike {
  key: string;
  code: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
  isComposing?: boolean;
  keyCode?: number;
}

/** Some keyboards (or synthetic events) report no code: fall back to the character. */
function codeOf(e: KeyLike): string {
  if (e.code) return e.code;
  if (e.key === "/" || e.key === "?") return "Slash";
  if (e.key === "Escape") return "Escape";
  return /^[a-z]$/i.test(e.key) ? `Key${e.key.toUpperCase()}` : e.key;
}

/** The action a key press asks for, or null. On a Mac only ⌘ counts as Mod, elsewhere only Ctrl. */
export function matchShortcut(e: KeyLike, mac: boolean): ShortcutAction | null {
  if (isImeKey(e) || e.altKey) return null;
  const mod = mac ? e.metaKey : e.ctrlKey;
  // The other modifier held too (Ctrl+⌘, or ⌘ on Linux's Super) means a system shortcut, not ours.
  const other = mac ? e.ctrlKey : e.metaKey;
  if (other) return null;
  const code = codeOf(e);
  // Ctrl+? is how some layouts type Ctrl+/; accept it for the sheet.
  if (code === "Slash" && mod) return "shortcuts";
  const hit = SHORTCUTS.find((s) => s.code === code && s.mod === mod && s.shift === e.shiftKey);
  return hit?.action ?? null;
}

/** The key caps for a shortcut: ["⌘", "⇧", "O"] on a Mac, ["Ctrl", "Shift", "O"] elsewhere. */
export function shortcutCaps(s: Shortcut, mac: boolean): string[] {
  const caps: string[] = [];
  if (s.mod) caps.push(mac ? "⌘" : "Ctrl");
  if (s.shift) caps.push(mac ? "⇧" : "Shift");
  caps.push(s.cap);
  return caps;
}

/** aria-keyshortcuts syntax ("Control+Shift+O", "Meta+/"). */
export function ariaKeys(s: Shortcut, mac: boolean): string {
  return [s.mod ? (mac ? "Meta" : "Control") : "", s.shift ? "Shift" : "", s.cap === "Esc" ? "Escape" : s.cap].filter(Boolean).join("+");
}

/** Mac (and iPad with a keyboard) from the platform string the browser reports. */
export function isMacPlatform(platform: string): boolean {
  return /mac|iphone|ipad|ipod/i.test(platform);
}
