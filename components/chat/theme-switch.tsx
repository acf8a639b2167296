"use client";

import { useTranslations } from "next-intl";
import { glyphs } from "@/components/ui/glyphs";
import { useEffect, useState } from "react";
import { IconButton } from "@/components/ui/icon-button";

type Theme = "system" | "light" | "dark";
const KEY = "glm-chat:theme";

function apply(theme: Theme) {
  const dark = theme === "dark" || (theme === "system" && matchMedia("(prefers-color-scheme: dark)").matches);
  document.documentElement.classList.toggle("dark", dark);
}

const ICONS = { system: glyphs.monitor, light: glyphs.sun, dark: glyphs.moon };

/** Follows the system setting until the user picks light or dark. */
export function ThemeSwitch() {
  const t = useTranslations("chat");
  const [theme, setTheme] = useState<Theme>("system");
  useEffect(() => {
    const saved = localStorage.getItem(KEY);
    if (saved === "light" || saved === "dark") setTheme(saved);
  }, []);
  useEffect(() => {
    apply(theme);
    if (theme !== "system") return;
    const media = matchMedia("(prefers-color-scheme: dark)");
    const onChange = () => apply("system");
    media.addEventListener("change", onChange);
    return () => media.removeEventListener("change", onChange);
  }, [theme]);
  const next: Record<Theme, Theme> = { system: "light", light: "dark", dark: "system" };
  return (
    <IconButton
      data-testid="theme-switch"
      data-theme={theme}
      label={t("theme", { theme })}
      icon={ICONS[theme]}
      onClick={() => {
        const t = next[theme];
        setTheme(t);
        try {
          if (t === "system") localStorage.removeItem(KEY);
          else localStorage.setItem(KEY, t);
        } catch {
          // Storage blocked: the choice lasts for this visit only.
        }
      }}
    />
  );
}
