import { clockTimeOptions } from "./clock-time";

const formats = new Map<string, Intl.DateTimeFormat>();

/**
 * A history row's time: today's rows show the time, older ones the day, in the reader's language
 * ("2:05 PM" / "14:05", "Dec 1" / "12月1日"). The two formatters are made once per locale and time zone, not
 * per row: building an Intl.DateTimeFormat was the costliest part of rendering a row.
 */
export function rowTime(time: number, now: number, locale: string, timeZone: string | undefined): string {
  const today = now - time < 86_400_000 && new Date(time).getDate() === new Date(now).getDate();
  const key = `${locale}|${timeZone ?? ""}|${today}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { timeZone, ...(today ? clockTimeOptions(locale) : { month: "short", day: "numeric" }) });
    formats.set(key, format);
  }
  return format.format(time);
}
