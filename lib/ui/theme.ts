/** The theme the user picked (the header's switch), kept in localStorage; "system" follows the OS. */
export type Theme = "system" | "light" | "dark";
export const THEME_KEY = "glm-chat:theme";

export function savedTheme(): Theme {
  try {
    const saved = localStorage.getItem(THEME_KEY);
    return saved === "light" || saved === "dark" ? saved : "system";
  } catch {
    return "system";
  }
}

export function applyTheme(theme: Theme): void {
  const dark = theme === "dark" || (theme === "system" && matchMedia("(prefers-color-scheme: dark)").matches);
  document.documentElement.classList.toggle("dark", dark);
}
