"use client";

import { useFormatter, useLocale, useTranslations } from "next-intl";
import { waitsForReset } from "@/lib/chat/retry-wait";
import { errorKey, usageReset, wordedBeforeAnswer, wordedByCatalogue } from "@/lib/i18n/error-keys";
import { clockTimeOptions } from "@/lib/ui/clock-time";

type Explained = { title: string; text: string; detail?: string };
type ErrorLike = { code: string; message: string; resetAt?: string; retryAt?: string; param?: string; waitedSeconds?: number };

/**
 * A spent cap's reset (ISO time) in the reader's own clock time, with its date unless that is
 * today; `passed` once it is behind the page's clock. Null without a readable time.
 */
export function useResetTime(): (resetAt: string | undefined) => { time: string; date?: string; passed: boolean } | null {
  const format = useFormatter();
  const clock = clockTimeOptions(useLocale());
  return (resetAt) => {
    const now = Date.now();
    const reset = usageReset(resetAt, now);
    if (!reset) return null;
    const time = format.dateTime(reset.at, clock);
    const date = reset.today ? undefined : format.dateTime(reset.at, { day: "numeric", month: "short", year: "numeric" });
    return { time, date, passed: reset.at.getTime() <= now };
  };
}

/**
 * Words for an error envelope `{code, message}` in the reader's language, chosen by code. The
 * server's own message is English: it is the text for English readers (it is the most precise);
 * for everyone else it is `detail`, the raw English words, which only an error card offers
 * (folded, as technical details): one-line messages and announcements stay in one language.
 * `continueOffered: false` (an answer cut before its text began, which has nothing to go on from):
 * words that promise Continue give way to ones saying why it stopped and that Retry asks again.
 */
export function useErrorText(): (error: ErrorLike, options?: { continueOffered?: boolean }) => Explained {
  const t = useTranslations("errors");
  const resetTime = useResetTime();
  const english = useLocale() === "en";
  return (error, { continueOffered = true } = {}) => {
    const key = errorKey(error.code);
    const title = t(`title.${key}`);
    // In every language: the server's English ("Continue finishes it") would promise it too.
    const early = wordedBeforeAnswer(error.code, continueOffered);
    const reset = waitsForReset(error.code) ? resetTime(error.resetAt) : null;
    // A card read after its reset (a page left open overnight) says so, not "resets at" a time gone by.
    if (reset?.passed) return { title, text: t(error.code === "length_budget" && !early ? "budgetCutResetPassed" : "resetPassed") };
    if (reset) {
      const { time, date } = reset;
      // An answer the budget cut keeps saying why it stopped, and that Continue waits too; cut
      // before its text began, the title says why and the words that Retry waits.
      const cut = error.code === "length_budget" && !early;
      const text = date === undefined ? t(cut ? "budgetCutResetsAt" : "resetsAt", { time }) : t(cut ? "budgetCutResetsOn" : "resetsOn", { time, date });
      return { title, text };
    }
    if (early) {
      // The server's wait travels as a number: the catalogue's words name it in every language.
      const waited = early === "upstream_timeout" ? error.waitedSeconds : undefined;
      const text = waited === undefined ? t(`textBeforeAnswer.${early}`) : t("textBeforeAnswer.upstream_timeout_waited", { seconds: waited });
      return english || wordedByCatalogue(error.code) || !error.message ? { title, text } : { title, text, detail: error.message };
    }
    if (error.code === "finish_other") return { title, text: error.message ? t("text.finish_other", { reason: error.message }) : t("text.finish_other_unnamed") };
    if (wordedByCatalogue(error.code) || !error.message) return { title, text: t(`text.${key}`) };
    // With a wait counted down on the Retry button, the server's "wait 13 seconds" would go stale
    // as the card's text: the catalogue's words name no number.
    if (english) return { title, text: error.retryAt ? t(`text.${key}`) : error.message };
    // The server's English names the refused field; the catalogue's words name it too.
    const text = error.code === "upstream_bad_request" && error.param ? t("text.upstream_bad_request_param", { param: error.param }) : t(`text.${key}`);
    return { title, text, detail: error.message };
  };
}

/**
 * One line for a failed request: an error carrying a wire code is worded by its code; any other
 * error keeps its own English words for English readers and gets the caller's translated fallback
 * otherwise.
 */
export function useFailureText(): (error: unknown, fallback: string) => string {
  const explain = useErrorText();
  const english = useLocale() === "en";
  return (error, fallback) => {
    if (!(error instanceof Error)) return fallback;
    const code = (error as Error & { code?: unknown }).code;
    if (typeof code !== "string") return english ? error.message : fallback;
    return explain({ code, message: error.message }).text;
  };
}
