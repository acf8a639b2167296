import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { errorEnvelopeSchema } from "@/lib/errors";
import { streamEventSchema } from "@/lib/glm/events";
import { withIntl } from "@/test/intl";
import { useErrorText } from "./use-error-text";

type Shown = Parameters<ReturnType<typeof useErrorText>>[0];

function Card({ error }: { error: Shown }) {
  const { text, detail } = useErrorText()(error, { continueOffered: false });
  return (
    <p>
      {text}|{detail ?? ""}
    </p>
  );
}

const show = (error: Shown, locale: "en" | "zh" = "en") =>
  renderToString(withIntl(<Card error={error} />, locale))
    .replace(/<!-- -->/g, "")
    .replace(/&quot;/g, '"');

// As the server sends it: the English words and the wait as a number (lib/glm/proxy-pump.ts).
const firstByte = { code: "upstream_timeout", message: "The model did not start answering within 45 seconds. Retry in a moment.", waitedSeconds: 45 };

describe("the card of an answer the model never started", () => {
  it("names the server's wait in both languages, with Retry and no Continue", () => {
    const en = show(firstByte);
    expect(en).toContain("sent nothing within 45 seconds, so it was stopped before the answer began");
    expect(en).toContain("Retry asks again");
    expect(en).not.toContain("Continue");
    const zh = show(firstByte, "zh");
    expect(zh).toContain("45 秒内");
    expect(zh).toContain("“重试”会重新提问");
    expect(zh).not.toContain("继续");
  });

  it("keeps the number through the client's schemas, the stream's error event and a refused request's envelope", () => {
    const event = streamEventSchema.parse({ type: "error", ...firstByte });
    expect(event).toMatchObject({ waitedSeconds: 45 });
    expect(errorEnvelopeSchema.parse(firstByte).waitedSeconds).toBe(45);
    // Anything but a count of seconds is dropped alone: the error itself still reaches the card.
    expect(errorEnvelopeSchema.parse({ ...firstByte, waitedSeconds: "45; DROP" })).toMatchObject({ code: "upstream_timeout", waitedSeconds: undefined });
  });

  it("without the number (an answer saved before it travelled), keeps the words that name none", () => {
    const { waitedSeconds: _, ...saved } = firstByte;
    expect(show(saved)).toContain("stopped responding before the answer began");
    expect(show(saved)).not.toMatch(/\d/);
  });
});

describe("the reset's time on a spent budget's card", () => {
  // Far ahead, so it is never "today" and never passed: the card names the date and the time.
  const spent = { code: "budget_exhausted", message: "", resetAt: "2099-01-05T08:00:00.000Z" };

  it("reads as a 12-hour clock without a leading zero in English, and keeps the 24-hour clock's two digits in Chinese", () => {
    expect(show(spent)).toMatch(/It resets at 8:00\sAM on Jan 5, 2099/);
    expect(show(spent, "zh")).toContain("08:00");
    expect(show(spent, "zh")).not.toMatch(/[^0-9]8:00/);
  });
});
