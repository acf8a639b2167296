import { describe, expect, it } from "vitest";
import { BOX_BEGIN, BOX_END, splitAnswer, stripAnswerTokens, stripThink } from "./answer-tokens";

const all = (segs: { text: string }[]) => segs.map((s) => s.text).join("");

describe("splitAnswer", () => {
  it("returns plain text as one text segment", () => {
    expect(splitAnswer("hello **world**")).toEqual([{ type: "text", text: "hello **world**" }]);
  });

  it("splits a closed box", () => {
    expect(splitAnswer(`The answer is ${BOX_BEGIN}42${BOX_END}. Done`)).toEqual([
      { type: "text", text: "The answer is " },
      { type: "box", text: "42" },
      { type: "text", text: ". Done" },
    ]);
  });

  it("treats an unclosed box as a box segment", () => {
    expect(splitAnswer(`Result: ${BOX_BEGIN}[10,20,30`, { streaming: true })).toEqual([
      { type: "text", text: "Result: " },
      { type: "box", text: "[10,20,30" },
    ]);
  });

  it("holds back every prefix of a half-received token while streaming", () => {
    for (const token of [BOX_BEGIN, BOX_END]) {
      for (let i = 1; i < token.length; i++) {
        const text = `abc ${token.slice(0, i)}`;
        const segs = splitAnswer(text, { streaming: true });
        expect(all(segs)).toBe("abc ");
        expect(all(segs)).not.toContain("<");
      }
    }
  });

  it("holds back a partial end token inside a box", () => {
    const segs = splitAnswer(`${BOX_BEGIN}42<|end_of_b`, { streaming: true });
    expect(segs).toEqual([{ type: "box", text: "42" }]);
  });

  it("never shows a token at any streaming cut point", () => {
    const full = `Think ${BOX_BEGIN}left_click(start_box='[1,2]')${BOX_END} ok <think>x</think>`;
    for (let i = 0; i <= full.length; i++) {
      const shown = all(splitAnswer(full.slice(0, i), { streaming: true }));
      expect(shown).not.toMatch(/<\||\|>|<\/?t?h?i?n?k?>?$/);
    }
  });

  it("keeps a lone '<' of a finished answer but drops a dangling '<|' token", () => {
    expect(all(splitAnswer("a < b and 1 <"))).toBe("a < b and 1 <");
    expect(all(splitAnswer("done <|begin_of_b"))).toBe("done ");
  });

  it("does not hold back a '<' that cannot start a token", () => {
    expect(all(splitAnswer("x <y", { streaming: true }))).toBe("x <y");
    expect(all(splitAnswer("a < b", { streaming: true }))).toBe("a < b");
  });

  it("drops stray end tokens and nested begin tokens", () => {
    expect(splitAnswer(`a${BOX_END}b`)).toEqual([{ type: "text", text: "ab" }]);
    expect(splitAnswer(`${BOX_BEGIN}x${BOX_BEGIN}y${BOX_END}`)).toEqual([{ type: "box", text: "xy" }]);
  });

  it("handles several boxes", () => {
    const segs = splitAnswer(`${BOX_BEGIN}a${BOX_END} and ${BOX_BEGIN}b${BOX_END}`);
    expect(segs.map((s) => s.type)).toEqual(["box", "text", "box"]);
  });

  it("skips empty boxes", () => {
    expect(splitAnswer(`x${BOX_BEGIN}${BOX_END}`)).toEqual([{ type: "text", text: "x" }]);
  });
});

describe("stripThink", () => {
  it("removes think blocks defensively", () => {
    expect(stripThink("<think>hmm</think>Answer")).toBe("Answer");
    expect(stripThink("A<think>x</think>B<think>y</think>C")).toBe("ABC");
  });
  it("hides an unclosed think block", () => {
    expect(stripThink("Answer<think>still thinking")).toBe("Answer");
  });
  it("drops reasoning emitted without an opening tag", () => {
    expect(stripThink("reasoning here</think>Answer")).toBe("Answer");
  });
  it("is the identity without think tags", () => {
    expect(stripThink("a <b> c")).toBe("a <b> c");
  });
});

describe("stripAnswerTokens", () => {
  it("gives clean text for copying", () => {
    expect(stripAnswerTokens(`<think>r</think>The answer: ${BOX_BEGIN}**42**${BOX_END}`)).toBe(
      "The answer: **42**",
    );
  });
});
