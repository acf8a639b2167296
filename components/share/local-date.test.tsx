import { renderToStaticMarkup } from "react-dom/server";
import { afterEach, describe, expect, it } from "vitest";
import { LocalDate } from "./local-date";

const zone = process.env.TZ;
afterEach(() => {
  if (zone === undefined) delete process.env.TZ;
  else process.env.TZ = zone;
});

describe("LocalDate", () => {
  it("writes the UTC day into the server's HTML, whatever the server's own zone (the reader's comes on hydration)", () => {
    process.env.TZ = "Asia/Shanghai"; // 22:00 UTC is already the 15th there
    const late = Date.UTC(2025, 2, 14, 22);
    expect(renderToStaticMarkup(<LocalDate ms={late} locale="en" testId="shared-date" />)).toBe('<time data-testid="shared-date" dateTime="2025-03-14T22:00:00.000Z">14 March 2025</time>');
    expect(renderToStaticMarkup(<LocalDate ms={late} locale="zh" />)).toBe('<time dateTime="2025-03-14T22:00:00.000Z">2025年3月14日</time>');
  });
});
