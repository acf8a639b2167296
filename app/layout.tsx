import type { Metadata, Viewport } from "next";
import { GeistMono } from "./fonts";
import { GeistSans } from "geist/font/sans";
import { headers } from "next/headers";
import { RegisterServiceWorker } from "@/components/pwa/register-service-worker";
import { buildId } from "@/lib/server/build-id";
import { storageScopeFor } from "@/lib/server/access/storage-scope";
import { onDemandPrecache } from "@/lib/server/precache/on-demand-chunks";
import { getLocale, getTimeZone, getTranslations } from "next-intl/server";
import { IntlProvider } from "@/components/i18n/intl-provider";
import { EARLY_ENTER_SCRIPT } from "@/components/chat/early-enter";
import { HTML_LANG, isLocale } from "@/lib/i18n/locales";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations();
  return { title: t("brand.name"), description: t("meta.description"), icons: { icon: "/icon.svg", apple: "/icons/icon-192.png" } };
}

export const viewport: Viewport = {
  width: "device-width",
  initialScale: 1,
  // Edge to edge on notched phones; the shell pads itself with env(safe-area-inset-*).
  viewportFit: "cover",
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#ffffff" },
    { media: "(prefers-color-scheme: dark)", color: "#0b0b0f" },
  ],
};

// Runs before paint so the saved or system theme never flashes the wrong colours.
const themeScript = `try{var t=localStorage.getItem("glm-chat:theme");var d=t==="dark"||(t!=="light"&&matchMedia("(prefers-color-scheme: dark)").matches);document.documentElement.classList.toggle("dark",d)}catch(e){}`;

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  // The page's CSP nonce (set by proxy.ts): without it the browser refuses this inline script.
  const requestHeaders = await headers();
  const nonce = requestHeaders.get("x-nonce") ?? undefined;
  // Whose stores this page uses, there before any script runs (lib/store/storage-scope.ts).
  const storageScope = storageScopeFor(requestHeaders.get("cookie"));
  const locale = await getLocale();
  const timeZone = await getTimeZone();
  const precache = onDemandPrecache();
  return (
    <html lang={isLocale(locale) ? HTML_LANG[locale] : "en"} data-storage-scope={storageScope} suppressHydrationWarning className={`${GeistSans.variable} ${GeistMono.variable}`}>
      <head>
        <script nonce={nonce} dangerouslySetInnerHTML={{ __html: themeScript + ";" + EARLY_ENTER_SCRIPT }} />
        {/* Read by the service worker's install (public/sw.js), not by the page. */}
        {precache.length > 0 && <meta name="glm-precache" content={precache.join(" ")} />}
      </head>
      <body className="font-sans antialiased">
        <IntlProvider locale={locale} timeZone={timeZone}>
          {children}
        </IntlProvider>
        <RegisterServiceWorker build={buildId()} />
      </body>
    </html>
  );
}
