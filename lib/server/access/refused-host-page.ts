/**
 * The page a browser gets for a host name outside ALLOWED_HOSTS. The app's 404 said "mistyped
 * link" and its "Open GLM Chat" led to the same 404; this says what happened, for the visitor and
 * for the operator, and links nowhere. It names the refused Host (escaped) but never the allowed
 * names: those are configuration, and the page answers anyone who sends any Host header.
 * Pure (no server-only imports): proxy.ts builds it.
 */
import { createTranslator } from "next-intl";
import en from "@/lib/i18n/messages/en.json";
import zh from "@/lib/i18n/messages/zh.json";
import { HTML_LANG, negotiateLocale } from "@/lib/i18n/locales";

/** 403, as the API answers the same request; no-store, so a cache never serves it to the right name. */
export const REFUSED_HOST_STATUS = 403;

const MAX_SHOWN = 100;
/** Stands in for the host in the translated sentence, so the sentence is escaped once and the host once. */
const MARK = "\u0000";

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

/** No script, no link, no image: nothing a rebinding page could use, nothing that could loop. */
export function refusedHostPage(host: string | null, acceptLanguage: string | null, localeCookie?: string): string {
  const locale = negotiateLocale(acceptLanguage, localeCookie);
  const t = createTranslator({ locale, messages: locale === "zh" ? zh : en, namespace: "refusedHost" });
  const shown = (host ?? "").trim().slice(0, MAX_SHOWN);
  const title = escapeHtml(t("title"));
  return [
    "<!doctype html>",
    `<html lang="${HTML_LANG[locale]}"><head><meta charset="utf-8">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex">',
    `<title>${title}</title>`,
    "<style>:root{color-scheme:light dark}body{font-family:system-ui,sans-serif;line-height:1.5;max-width:36rem;margin:4rem auto;padding:0 1rem}code{overflow-wrap:anywhere}</style>",
    `</head><body><main data-testid="refused-host"><h1>${title}</h1>`,
    `<p data-testid="refused-host-visitor">${shown ? escapeHtml(t("visitorAsked", { host: MARK })).replace(MARK, `<code data-testid="refused-host-name">${escapeHtml(shown)}</code>`) : escapeHtml(t("visitor"))}</p>`,
    `<p data-testid="refused-host-operator">${escapeHtml(t("operator"))}</p>`,
    "</main></body></html>",
  ].join("");
}
