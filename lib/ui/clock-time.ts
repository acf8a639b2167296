const twelveHour = new Map<string, boolean>();

/**
 * Intl options for a clock time ("8:00 AM", "08:00") in `locale`: the hour as the locale writes it.
 * A 12-hour clock has no leading zero ("08:00 AM" read wrong); a 24-hour one keeps it ("08:00",
 * "00:00", not "0:00"), as Chinese clocks show it. Which clock a locale uses is asked once.
 */
export function clockTimeOptions(locale: string): { hour: "numeric" | "2-digit"; minute: "2-digit" } {
  let twelve = twelveHour.get(locale);
  if (twelve === undefined) {
    const cycle = new Intl.DateTimeFormat(locale, { hour: "numeric" }).resolvedOptions().hourCycle;
    twelve = cycle === "h12" || cycle === "h11";
    twelveHour.set(locale, twelve);
  }
  return { hour: twelve ? "numeric" : "2-digit", minute: "2-digit" };
}
