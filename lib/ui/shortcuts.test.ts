import { describe, expect, it } from "vitest";
import { ariaKeys, isMacPlatform, matchShortcut, SHORTCUT_ACTIONS, SHORTCUTS, shortcutCaps, type KeyLike } from "./shortcuts";

const key = (over: Partial<KeyLike>): KeyLike => ({ key: "", code: "", ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, ...over });

describe("matchShortcut", () => {
  it("matches Ctrl on Linux/Windows and ⌘ on a Mac, never the other", () => {
    expect(matchShortcut(key({ key: "O", code: "KeyO", ctrlKey: true, shiftKey: true }), false)).toBe("newChat");
    expect(matchShortcut(key({ key: "O", code: "KeyO", metaKey: true, shiftKey: true }), true)).toBe("newChat");
    expect(matchShortcut(key({ key: "O", code: "KeyO", metaKey: true, shiftKey: true }), false)).toBeNull();
    expect(matchShortcut(key({ key: "O", code: "KeyO", ctrlKey: true, shiftKey: true }), true)).toBeNull();
  });

  it("maps every action in the table", () => {
    expect(matchShortcut(key({ key: "/", code: "Slash", ctrlKey: true }), false)).toBe("shortcuts");
    expect(matchShortcut(key({ key: "Escape", code: "Escape", shiftKey: true }), false)).toBe("focusComposer");
    expect(matchShortcut(key({ key: "k", code: "KeyK", ctrlKey: true }), false)).toBe("search");
    expect(matchShortcut(key({ key: "S", code: "KeyS", ctrlKey: true, shiftKey: true }), false)).toBe("toggleSidebar");
    expect(matchShortcut(key({ key: "Escape", code: "Escape" }), false)).toBe("stop");
    expect(matchShortcut(key({ key: "C", code: "KeyC", ctrlKey: true, shiftKey: true }), false)).toBe("copyLastAnswer");
    expect(matchShortcut(key({ key: "E", code: "KeyE", ctrlKey: true, shiftKey: true }), false)).toBe("toggleThinking");
    expect(new Set(SHORTCUTS.map((s) => s.action))).toEqual(new Set(SHORTCUT_ACTIONS));
  });

  it("ignores plain typing, wrong modifiers, Alt, and IME composition", () => {
    expect(matchShortcut(key({ key: "o", code: "KeyO" }), false)).toBeNull();
    expect(matchShortcut(key({ key: "O", code: "KeyO", ctrlKey: true }), false)).toBeNull();
    expect(matchShortcut(key({ key: "c", code: "KeyC", ctrlKey: true }), false)).toBeNull();
    expect(matchShortcut(key({ key: "k", code: "KeyK", ctrlKey: true, altKey: true }), false)).toBeNull();
    expect(matchShortcut(key({ key: "Escape", code: "Escape", isComposing: true }), false)).toBeNull();
    // Safari: the key that ends a composition comes after compositionend, as keyCode 229.
    expect(matchShortcut(key({ key: "Escape", code: "Escape", keyCode: 229 }), false)).toBeNull();
    expect(matchShortcut(key({ key: "k", code: "KeyK", ctrlKey: true, metaKey: true }), false)).toBeNull();
  });

  it("opens the sheet with Ctrl+? (layouts that need Shift for /) and without a code", () => {
    expect(matchShortcut(key({ key: "?", code: "Slash", ctrlKey: true, shiftKey: true }), false)).toBe("shortcuts");
    expect(matchShortcut(key({ key: "/", code: "", metaKey: true }), true)).toBe("shortcuts");
    expect(matchShortcut(key({ key: "o", code: "", ctrlKey: true, shiftKey: true }), false)).toBe("newChat");
  });
});

describe("key caps", () => {
  const newChat = SHORTCUTS.find((s) => s.action === "newChat")!;
  it("shows ⌘ and ⇧ on a Mac, Ctrl and Shift elsewhere", () => {
    expect(shortcutCaps(newChat, true)).toEqual(["⌘", "⇧", "O"]);
    expect(shortcutCaps(newChat, false)).toEqual(["Ctrl", "Shift", "O"]);
    expect(ariaKeys(newChat, false)).toBe("Control+Shift+O");
    expect(ariaKeys(newChat, true)).toBe("Meta+Shift+O");
    expect(ariaKeys(SHORTCUTS.find((s) => s.action === "stop")!, false)).toBe("Escape");
  });
  it("recognises Apple platforms", () => {
    expect(isMacPlatform("MacIntel")).toBe(true);
    expect(isMacPlatform("iPad")).toBe(true);
    expect(isMacPlatform("Linux x86_64")).toBe(false);
    expect(isMacPlatform("Win32")).toBe(false);
  });
});
