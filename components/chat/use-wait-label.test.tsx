import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { withIntl } from "@/test/intl";
import { useWaitLabel } from "./use-wait-label";

function Label({ until }: { until: string }) {
  return <b>{useWaitLabel(until, { now: "Retry", at: (time) => `Retry at ${time}`, in: (seconds) => `Retry in ${seconds} s` }).label}</b>;
}

const label = (until: string, locale: "en" | "zh" = "en") => renderToString(withIntl(<Label until={until} />, locale)).replace(/<!-- -->/g, "");

describe("a waiting button's clock time", () => {
  it("has no leading zero on a 12-hour clock (English), two digits on a 24-hour one (Chinese)", () => {
    expect(label("2099-01-05T08:00:00.000Z")).toMatch(/^<b>Retry at 8:00\sAM<\/b>$/);
    expect(label("2099-01-05T00:00:00.000Z")).toMatch(/^<b>Retry at 12:00\sAM<\/b>$/);
    expect(label("2099-01-05T08:00:00.000Z", "zh")).toBe("<b>Retry at 08:00</b>");
    expect(label("2099-01-05T00:00:00.000Z", "zh")).toBe("<b>Retry at 00:00</b>");
  });
});
