import { cookies, headers } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { LOCALE_COOKIE, negotiateLocale } from "./locales";

/** next-intl's per-request config: the locale from the saved choice or Accept-Language. */
export default getRequestConfig(async () => {
  const locale = negotiateLocale((await headers()).get("accept-language"), (await cookies()).get(LOCALE_COOKIE)?.value);
  const messages = (await import(`./messages/${locale}.json`)).default;
  return { locale, messages };
});
