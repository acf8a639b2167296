/**
 * A day written out, "14 March 2025" / "2025年3月14日", in the given time zone: the shared page
 * writes its days in UTC (the same for every visitor, from the server's HTML), the share dialog in
 * the reader's own zone (undefined: the runtime's own).
 */
export function longDate(ms: number, locale: string, timeZone: string | undefined): string {
  return new Intl.DateTimeFormat(locale === "zh" ? "zh-CN" : "en-GB", { day: "numeric", month: "long", year: "numeric", timeZone }).format(ms);
}
