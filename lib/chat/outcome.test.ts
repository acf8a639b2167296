import { describe, expect, it } from "vitest";
import { errorText, errorTitle } from "./outcome";

describe("errorText", () => {
  it("shows a usage cap's reset time in local time, with the date when not today", () => {
    const resetAt = new Date(2026, 7, 27, 21, 31, 39).toISOString(); // local clock
    const error = { code: "usage_limit", message: "server words", resetAt };
    expect(errorText(error, new Date(2026, 7, 27, 12, 0).getTime())).toBe("The plan's usage limit is reached. It resets at 21:31. Retrying before then will not help.");
    expect(errorText(error, new Date(2026, 7, 26, 12, 0).getTime())).toMatch(/resets at 21:31 on 27 Aug 2026\./);
    expect(errorTitle("usage_limit")).toBe("Plan usage limit reached");
  });

  it("keeps the server's words otherwise", () => {
    expect(errorText({ code: "usage_limit", message: "no time given" })).toBe("no time given");
    expect(errorText({ code: "upstream_rate_limited", message: "Too many requests" })).toBe("Too many requests");
  });
});
