/** The languages the app speaks, and how a request's language is chosen. */
export const LOCALES = ["en", "zh"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "en";
/** The user's explicit choice (settings) wins over the browser's languages. */
export const LOCALE_COOKIE = "glm-locale";

/** The value for `<html lang>`: Simplified Chinese is tagged as such for fonts and screen readers. */
export const HTML_LANG: Record<Locale, string> = { en: "en", zh: "zh-CN" };

export function isLocale(value: string | undefined | null): value is Locale {
  return !!value && (LOCALES as readonly string[]).includes(value);
}

/**
 * Picks a locale from the cookie, else from an Accept-Language header (or navigator.languages
 * joined with commas), honouring q-values; anything unknown falls back to English.
 */
export function negotiateLocale(acceptLanguage: string | null | undefined, cookie?: string | null): Locale {
  if (isLocale(cookie)) return cookie;
  const ranked = (acceptLanguage ?? "")
    .split(",")
    .map((part, index) => {
      const [tag, ...params] = part.trim().split(";");
      const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find(Boolean);
      return { tag: tag.trim().toLowerCase(), q: q === undefined ? 1 : Number(q), index };
    })
    .filter((entry) => entry.tag && entry.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  for (const { tag } of ranked) {
    const base = tag.split("-")[0];
    if (isLocale(base)) return base;
  }
  return DEFAULT_LOCALE;
}
