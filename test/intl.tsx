import { NextIntlClientProvider } from "next-intl";
import type { ReactNode } from "react";
import en from "@/lib/i18n/messages/en.json";
import zh from "@/lib/i18n/messages/zh.json";

/** Wraps a component for a server-style render in a unit test, with the app's real catalogue. */
export function withIntl(node: ReactNode, locale: "en" | "zh" = "en") {
  return (
    <NextIntlClientProvider locale={locale} messages={locale === "en" ? en : zh} timeZone="UTC">
      {node}
    </NextIntlClientProvider>
  );
}
