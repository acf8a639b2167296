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
  // Times are shown in the reader's zone, not the server's (a team's server is often in UTC). The
  // server's zone only renders the page's HTML, which holds no time: every time shown (history
  // rows, shared links, a limit's reset) comes from the browser's own storage or a later request.
  const zone = typeof window === "undefined" ? timeZone : browserTimeZone();
  const [client] = useState(() => new QueryClient({ defaultOptions: { queries: { staleTime: 5 * 60_000, retry: 1 } } }));
  return (
    <NextIntlClientProvider locale={locale} timeZone={zone} messages={messages}>
      <QueryClientProvider client={client}>{children}</QueryClientProvider>
    </NextIntlClientProvider>
  );
}

let localZone: string | undefined;
function browserTimeZone(): string {
  return (localZone ??= Intl.DateTimeFormat().resolvedOptions().timeZone);
}
