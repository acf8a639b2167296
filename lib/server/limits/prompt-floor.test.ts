import { describe, expect, it } from "vitest";
import { promptTokenFloor } from "./prompt-floor";

const user = (content: string) => ({ role: "user" as const, content });

describe("promptTokenFloor", () => {
  it("counts English at 8 characters a token and Chinese at 3, across every message's text", () => {
    expect(promptTokenFloor([user("a".repeat(80))])).toBe(10);
    expect(promptTokenFloor([user("你好世界你好世界你好")])).toBe(3);
    expect(promptTokenFloor([user("x".repeat(40)), { role: "assistant", content: "y".repeat(40) }, user("中文中文中文")])).toBe(12);
  });

  it("counts the text parts of a message with attachments, not the attachments' data", () => {
    const parts = [
      { type: "image" as const, mimeType: "image/png" as const, data: "A".repeat(80_000) },
      { type: "text" as const, text: "q".repeat(16) },
    ];
    expect(promptTokenFloor([{ role: "user", content: parts }])).toBe(2);
  });

  it("stays under what a real tokenizer would count for ordinary prose and code", () => {
    // ~4 characters a token in English prose; ~1.5 in Chinese.
    const prose = "The quick brown fox jumps over the lazy dog. ".repeat(20);
    expect(promptTokenFloor([user(prose)])).toBeLessThan(prose.length / 4);
    const chinese = "我们今天讨论一下这个问题的解决方案。".repeat(10);
    expect(promptTokenFloor([user(chinese)])).toBeLessThan(chinese.length / 1.5);
    expect(promptTokenFloor([user("")])).toBe(0);
  });
});
