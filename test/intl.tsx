import { NextIntlClientProvider } from "next-intl";
import type { ReactNode } from "react";
import en from "@/lib/i18n/messages/en.json";

/** Wraps a tree in the English catalogue, as the root layout does for every page. */
export function withIntl(node: ReactNode) {
  return (
    <NextIntlClientProvider locale="en" messages={en}>
      {node}
    </NextIntlClientProvider>
  );
}
