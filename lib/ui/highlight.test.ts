import { describe, expect, it } from "vitest";
import { highlightPieces, leadUpToHit } from "./highlight";

const hits = (r: { text: string; ranges: { start: number; end: number }[] }) => highlightPieces(r.text, r.ranges).filter((p) => p.hit).map((p) => p.text);

describe("leadUpToHit", () => {
  it("keeps a snippet whose hit is near its start as it is", () => {
    const snippet = { text: "Question 2 about Far back", ranges: [{ start: 9, end: 10 }] };
    expect(leadUpToHit(snippet.text, snippet.ranges)).toEqual(snippet);
  });

  it("starts a few words before the first hit, at a word, the hits still on their words", () => {
    const text = "…the long preamble that goes on and on before we finally reach the zebra and the lion";
    const ranges = [{ start: text.indexOf("zebra"), end: text.indexOf("zebra") + 5 }, { start: text.indexOf("lion"), end: text.indexOf("lion") + 4 }];
    const led = leadUpToHit(text, ranges);
    expect(led.text).toBe("…reach the zebra and the lion");
    expect(hits(led)).toEqual(["zebra", "lion"]);
  });

  it("cuts unspaced text (Chinese) by character", () => {
    const text = `${"中文".repeat(20)}关键词${"内容".repeat(5)}`;
    const start = text.indexOf("关键词");
    const led = leadUpToHit(text, [{ start, end: start + 3 }], 4);
    expect(led.text).toBe(`…中文中文关键词${"内容".repeat(5)}`);
    expect(hits(led)).toEqual(["关键词"]);
  });
});
