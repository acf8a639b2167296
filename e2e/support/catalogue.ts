import { readFileSync } from "node:fs";
import type EN from "../../lib/i18n/messages/en.json";

/** The app's message catalogues, so specs assert the words the user sees in each language. */
function load(locale: "en" | "zh"): typeof EN {
  return JSON.parse(readFileSync(new URL(`../../lib/i18n/messages/${locale}.json`, import.meta.url), "utf8")) as typeof EN;
}

export const en = load("en");
export const zh = load("zh");
