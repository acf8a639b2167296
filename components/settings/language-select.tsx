"use client";

import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useEffect, useTransition } from "react";
import { keepSettingsOpenThroughRefresh, settingsRefreshSettled } from "./settings-through-refresh";
import { Select } from "@/components/ui/select";
import { HTML_LANG, isLocale, LOCALE_COOKIE, LOCALES, type Locale } from "@/lib/i18n/locales";

/** Sets the language as the select does (also an import restoring it): the cookie, then a refresh. */
export function useChooseLanguage(): (next: string) => void {
  const router = useRouter();
  const [refreshing, startTransition] = useTransition();
  useEffect(() => {
    if (!refreshing) settingsRefreshSettled();
  }, [refreshing]);
  return (next: string) => {
    if (!isLocale(next)) return;
    document.cookie = `${LOCALE_COOKIE}=${next}; path=/; max-age=31536000; samesite=lax`;
    keepSettingsOpenThroughRefresh();
    startTransition(() => router.refresh());
  };
}

/**
 * The app's language. The choice is a cookie so the server renders the next page in it too;
 * a refresh re-renders server and client in place (the open conversation stays).
 */
export function LanguageSelect() {
  const t = useTranslations("language");
  const locale = useLocale();
  const choose = useChooseLanguage();
  return (
    <Select
      testId="language-select"
      label={t("label")}
      value={locale}
      onChange={choose}
      options={LOCALES.map((l: Locale) => ({ value: l, label: t(l), lang: HTML_LANG[l] }))}
    />
  );
}
