import { renderToReadableStream } from "react-dom/server";
import { describe, expect, it } from "vitest";
import type { PublicMessage } from "@/lib/server/share/view";
import { withIntl } from "@/test/intl";
import { SharedMessageRun } from "./shared-message-run";

const messages: PublicMessage[] = Array.from({ length: 12 }, (_, i) => ({
  role: i % 2 ? ("assistant" as const) : ("user" as const),
  content: i % 2 ? `Answer ${i}\n\n| n | square |\n|---|---|\n| ${i} | ${i * i} |` : `Question ${i}`,
  createdAt: i,
}));

/**
 * Counts turns of the event loop (one per setImmediate) while `work` runs: what other requests
 * waiting on the server would get. Counted in turns, not time, so a busy machine changes nothing.
 */
async function turnsDuring<T>(work: () => Promise<T>): Promise<{ result: T; turns: number }> {
  let turns = 0;
  let running = true;
  const tick = () => {
    if (!running) return;
    turns++;
    setImmediate(tick);
  };
  setImmediate(tick);
  const result = await work();
  running = false;
  return { result, turns };
}

async function renderRun(from: number, end: number): Promise<string> {
  const stream = await renderToReadableStream(withIntl(<SharedMessageRun messages={messages} from={from} end={end} media={new Map()} plain={() => false} />));
  await stream.allReady;
  return new Response(stream).text();
}

describe("SharedMessageRun (a shared page's messages on the server)", () => {
  it("renders every message of the page, in order", async () => {
    const html = await renderRun(2, 10);
    expect(html.split('data-testid="shared-message"').length - 1).toBe(8);
    expect(html.indexOf("Question 2")).toBeLessThan(html.indexOf("Answer 9"));
    expect(html).not.toContain("Question 10");
    expect(html).toContain("<table");
  });

  it("gives the event loop a turn before each message, so other requests are answered in between", async () => {
    // Rendered in one go this would be 0 or 1 turn; one yield per message gives at least one each.
    const { result, turns } = await turnsDuring(() => renderRun(0, 12));
    expect(result).toContain("Answer 11");
    expect(turns).toBeGreaterThanOrEqual(12);
  });
});
