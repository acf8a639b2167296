import { describe, expect, it } from "vitest";
import { answerUsageEstimate, promptUsageEstimate } from "./usage-estimate";

const user = (content: string) => ({ role: "user" as const, content });

describe("the usage charged for an answer upstream reported none for", () => {
  it("charges the prompt's text floor, and the streamed answer at 5 bytes a token", () => {
    expect(promptUsageEstimate([user("a".repeat(80))])).toBe(10);
    expect(promptUsageEstimate([user("")])).toBe(0);
    expect(answerUsageEstimate(51)).toBe(11);
    expect(answerUsageEstimate(0)).toBe(0);
  });

  it("adds a share for each image and video, never their data's size", () => {
    const image = { type: "image" as const, mimeType: "image/png" as const, data: "A".repeat(80_000) };
    const video = { type: "video" as const, mimeType: "video/mp4" as const, data: "A".repeat(80_000) };
    const text = { type: "text" as const, text: "q".repeat(16) };
    expect(promptUsageEstimate([{ role: "user", content: [image, image, text] }])).toBe(2 + 512);
    expect(promptUsageEstimate([{ role: "user", content: [video, text] }])).toBe(2 + 1024);
  });

  it("stays under what a real answer of that size would have cost", () => {
    // ~4 characters a token in English prose: 900 characters are ~225 tokens.
    const prose = Buffer.byteLength(JSON.stringify("The quick brown fox jumps over the lazy dog. ".repeat(20)));
    expect(answerUsageEstimate(prose)).toBeLessThan(900 / 4);
    // ~1.5 characters a token in Chinese: 180 characters are ~120 tokens.
    const chinese = Buffer.byteLength(JSON.stringify("我们今天讨论一下这个问题的解决方案。".repeat(10)));
    expect(answerUsageEstimate(chinese)).toBeLessThan(180 / 1.5);
  });
});
