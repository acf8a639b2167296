import { describe, expect, it } from "vitest";
import { rowTime } from "./row-time";

const now = Date.UTC(2026, 11, 2, 15, 30);

describe("rowTime", () => {
  it("shows today's rows as a time", () => {
    expect(rowTime(now - 60_000, now, "en", "UTC")).toMatch(/^3:29\sPM$/);
    expect(rowTime(now - 60_000, now, "zh", "UTC")).toBe("15:29");
    // A 24-hour clock keeps the hour's two digits; a 12-hour one drops the zero ("07:04 PM").
    expect(rowTime(now - 8 * 3_600_000, now, "zh", "UTC")).toBe("07:30");
    expect(rowTime(now - 8 * 3_600_000, now, "en", "UTC")).toMatch(/^7:30\sAM$/);
  });

  it("shows older rows as a day, in the reader's language", () => {
    expect(rowTime(now - 3 * 86_400_000, now, "en", "UTC")).toBe("Nov 29");
    expect(rowTime(now - 3 * 86_400_000, now, "zh", "UTC")).toBe("11月29日");
  });

  it("keeps the time zone apart per formatter", () => {
    expect(rowTime(now - 60_000, now, "en-GB", "Asia/Shanghai")).toBe("23:29");
    expect(rowTime(now - 60_000, now, "en-GB", "UTC")).toBe("15:29");
  });
});
