"use client";

import { useTranslations } from "next-intl";
import { glyphs } from "@/components/ui/glyphs";
import { useEffect, useSyncExternalStore } from "react";
import { IconButton } from "@/components/ui/icon-button";

import { applyTheme as apply, savedTheme, THEME_KEY as KEY, type Theme } from "@/lib/ui/theme";

// One choice shared by every switch on the page (the header's, and the drawer's on a phone).
const listeners = new Set<() => void>();
let chosen: Theme | undefined;

function readTheme(): Theme {
  chosen ??= savedTheme();
  return chosen;
}

/** Also for an import that restores the theme (components/settings/settings-panel.tsx). */
export function setTheme(theme: Theme) {
  chosen = theme;
  try {
    if (theme === "system") localStorage.removeItem(KEY);
    else localStorage.setItem(KEY, theme);
  } catch {
    // Storage blocked: the choice lasts for this visit only.
  }
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

const ICONS = { system: glyphs.monitor, light: glyphs.sun, dark: glyphs.moon };
const NEXT: Record<Theme, Theme> = { system: "light", light: "dark", dark: "system" };

/** The theme chosen, and the step to the next one (system, light, dark, system…). */
export function useTheme(): [Theme, () => void] {
  const theme = useSyncExternalStore(subscribe, readTheme, () => "system" as Theme);
  return [theme, () => setTheme(NEXT[theme])];
}

/** Follows the system setting until the user picks light or dark. */
export function ThemeSwitch({ testId = "theme-switch", className }: { testId?: string; className?: string }) {
  const t = useTranslations("chat");
  const [theme, next] = useTheme();
  useEffect(() => {
    apply(theme);
    if (theme !== "system") return;
    const media = matchMedia("(prefers-color-scheme: dark)");
    const onChange = () => apply("system");
    media.addEventListener("change", onChange);
    return () => media.removeEventListener("change", onChange);
  }, [theme]);
  return <IconButton data-testid={testId} data-theme={theme} label={t("theme", { theme })} icon={ICONS[theme]} className={className} onClick={next} />;
}
