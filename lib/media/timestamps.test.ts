import { describe, expect, it } from "vitest";
import { findTimestamps, formatTimestamp } from "./timestamps";

describe("findTimestamps", () => {
  it("finds m:ss, mm:ss and h:mm:ss with ranges and seconds", () => {
    const text = "At 0:03 the counter shows 3, at 01:15 it resets and at 1:02:03 it ends.";
    const found = findTimestamps(text);
    expect(found.map((t) => [t.text, t.seconds])).toEqual([
      ["0:03", 3],
      ["01:15", 75],
      ["1:02:03", 3723],
    ]);
    for (const t of found) expect(text.slice(t.start, t.end)).toBe(t.text);
  });

  it("reads fractions and timestamps in brackets and ranges", () => {
    expect(findTimestamps("(00:01.5) [0:02-0:04]").map((t) => t.seconds)).toEqual([1.5, 2, 4]);
  });

  it("skips ratios, invalid seconds, versions, IPs and longer clocks", () => {
    expect(findTimestamps("16:9 aspect, 1:75 scale, v1:23, 10:20:30:40, abc12:30, 12:30pm")).toEqual([]);
  });

  it("filters by video duration and caps the count", () => {
    expect(findTimestamps("0:02 and 0:09", { maxSeconds: 4 }).map((t) => t.text)).toEqual(["0:02"]);
    expect(findTimestamps("0:01 ".repeat(2000))).toHaveLength(500);
  });

  // Catastrophic backtracking would hit the test timeout; the result must stay bounded too.
  it("finishes on hostile input with a bounded result", () => {
    const found = findTimestamps("1:1:1:1:".repeat(100_000) + "99:99".repeat(50_000));
    expect(found.length).toBeLessThanOrEqual(500);
  });
});

describe("formatTimestamp", () => {
  it("formats seconds", () => {
    expect(formatTimestamp(75.5)).toBe("1:15");
    expect(formatTimestamp(3723)).toBe("1:02:03");
    expect(formatTimestamp(-4)).toBe("0:00");
  });
});
