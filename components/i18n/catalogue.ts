import { isLocale, type Locale } from "@/lib/i18n/locales";

/**
 * The message catalogue as a static chunk per language, not as part of every page's payload:
 * the browser caches it like any script, and each page's HTML is some 24 KB lighter (the
 * catalogue was most of it). next-intl's build rule precompiles these imports as it does on
 * the server (next.config.mjs).
 */
type Messages = Record<string, unknown>;
const loaders: Record<Locale, () => Promise<{ default: Messages }>> = {
  en: () => import("@/lib/i18n/messages/en.json"),
  zh: () => import("@/lib/i18n/messages/zh.json"),
};

/** A promise React's `use` reads synchronously once settled (React checks `status`/`value`). */
type Tracked = Promise<Messages> & { status?: "pending" | "fulfilled" | "rejected"; value?: Messages; reason?: unknown };
const cache = new Map<Locale, Tracked>();

export function loadCatalogue(locale: string): Promise<Messages> {
  const key: Locale = isLocale(locale) ? locale : "en";
  let promise = cache.get(key);
  if (!promise) {
    const tracked: Tracked = loaders[key]().then((m) => m.default);
    tracked.status = "pending";
    tracked.then(
      (value) => Object.assign(tracked, { status: "fulfilled", value }),
      (reason: unknown) => {
        Object.assign(tracked, { status: "rejected", reason });
        // A failed fetch (offline, new deployment) is tried again on the next render.
        cache.delete(key);
      },
    );
    cache.set(key, tracked);
    promise = tracked;
  }
  return promise;
}

// Requested as soon as this module runs, beside the page's other scripts, not when React
// reaches the provider: the server tagged <html lang> with the page's language.
if (typeof document !== "undefined") void loadCatalogue(document.documentElement.lang.split("-")[0]).catch(() => {});
