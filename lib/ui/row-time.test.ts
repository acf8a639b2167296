import { describe, expect, it } from "vitest";
import { rowTime } from "./row-time";

const now = Date.UTC(2026, 11, 2, 15, 30);

describe("rowTime", () => {
  it("shows today's rows as a time", () => {
    expect(rowTime(now - 60_000, now, "en", "UTC")).toMatch(/03:29 PM|15:29/);
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
