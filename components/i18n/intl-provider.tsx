"use client";

import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { NextIntlClientProvider } from "next-intl";
import { useMemo, useState } from "react";

/**
 * The catalogue arrives as one JSON string, not as an object prop: React's page payload encodes
 * an object value by value (some 700 messages, on every request) and decodes it the same way in
 * the browser, where a string is copied once and read with one JSON.parse.
 */
export function IntlProvider({ locale, timeZone, messages, children }: { locale: string; timeZone: string; messages: string; children: React.ReactNode }) {
  const parsed = useMemo(() => JSON.parse(messages) as Record<string, unknown>, [messages]);
  const [client] = useState(() => new QueryClient({ defaultOptions: { queries: { staleTime: 5 * 60_000, retry: 1 } } }));
  return (
    <NextIntlClientProvider locale={locale} timeZone={timeZone} messages={parsed}>
      <QueryClientProvider client={client}>{children}</QueryClientProvider>
    </NextIntlClientProvider>
  );
}
