import { describe, expect, it } from "vitest";
import { clockTimeOptions } from "./clock-time";

const at = (utc: string, locale: string) => new Intl.DateTimeFormat(locale, { ...clockTimeOptions(locale), timeZone: "UTC" }).format(new Date(`2026-12-07T${utc}:00.000Z`));

describe("a clock time", () => {
  it("in English has no leading zero on the hour", () => {
    expect(at("08:04", "en")).toMatch(/^8:04\sAM$/);
    expect(at("19:04", "en")).toMatch(/^7:04\sPM$/);
    expect(at("00:00", "en")).toMatch(/^12:00\sAM$/);
  });

  it("on a 24-hour clock (Chinese, British English) keeps its two digits", () => {
    expect(at("08:04", "zh")).toBe("08:04");
    expect(at("00:00", "zh")).toBe("00:00");
    expect(at("19:04", "zh")).toBe("19:04");
    expect(at("08:04", "en-GB")).toBe("08:04");
  });
});
