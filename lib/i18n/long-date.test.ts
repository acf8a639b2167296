import { describe, expect, it } from "vitest";
import { longDate } from "./long-date";

describe("longDate", () => {
  // 23:30 UTC on 13 December: already the 14th in Shanghai.
  const lateEvening = Date.UTC(2026, 11, 13, 23, 30);

  it("writes the day in the zone it is given", () => {
    expect(longDate(lateEvening, "en", "UTC")).toBe("13 December 2026");
    expect(longDate(lateEvening, "en", "Asia/Shanghai")).toBe("14 December 2026");
  });

  it("writes Chinese days the Chinese way, and any other locale as English", () => {
    expect(longDate(lateEvening, "zh", "Asia/Shanghai")).toBe("2026年12月14日");
    expect(longDate(lateEvening, "fr", "UTC")).toBe("13 December 2026");
  });
});
