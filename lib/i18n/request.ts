import { cookies, headers } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { LOCALE_COOKIE, negotiateLocale } from "./locales";

// The server's zone, for the HTML only (the browser shows times in its own, components/i18n/intl-provider.tsx), read once: next-intl reads it per request with a
// new Intl.DateTimeFormat, about 1 ms of CPU for every page.
const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;

/** next-intl's per-request config: the locale from the saved choice or Accept-Language. */
export default getRequestConfig(async () => {
  const locale = negotiateLocale((await headers()).get("accept-language"), (await cookies()).get(LOCALE_COOKIE)?.value);
  const messages = (await import(`./messages/${locale}.json`)).default;
  return { locale, messages, timeZone };
});
