"use client";

import { NextIntlClientProvider } from "next-intl";
import { useMemo } from "react";

/**
 * The catalogue arrives as one JSON string, not as an object prop: React's page payload encodes
 * an object value by value (some 700 messages, on every request) and decodes it the same way in
 * the browser, where a string is copied once and read with one JSON.parse.
 */
export function IntlProvider({ locale, timeZone, messages, children }: { locale: string; timeZone: string; messages: string; children: React.ReactNode }) {
  const parsed = useMemo(() => JSON.parse(messages) as Record<string, unknown>, [messages]);
  return (
    <NextIntlClientProvider locale={locale} timeZone={timeZone} messages={parsed}>
      {children}
    </NextIntlClientProvider>
  );
}
