"use client";

import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { NextIntlClientProvider } from "next-intl";
import { use, useState } from "react";
import { loadCatalogue } from "./catalogue";

/**
 * The page's language and time zone come from the server; the messages from the catalogue chunk
 * for that language (./catalogue.ts), cached by the browser instead of sent with every page.
 * Until it has arrived, hydration waits here and the server's HTML stays on screen.
 */
export function IntlProvider({ locale, timeZone, children }: { locale: string; timeZone: string; children: React.ReactNode }) {
  const messages = use(loadCatalogue(locale));
  const [client] = useState(() => new QueryClient({ defaultOptions: { queries: { staleTime: 5 * 60_000, retry: 1 } } }));
  return (
    <NextIntlClientProvider locale={locale} timeZone={timeZone} messages={messages}>
      <QueryClientProvider client={client}>{children}</QueryClientProvider>
    </NextIntlClientProvider>
  );
}
