import { describe, expect, it } from "vitest";
import { groupByDate, titleFromMessages, titleFromText } from "./titles";

describe("titles", () => {
  it("makes one trimmed line", () => {
    expect(titleFromText("  What is\n\tin this   image?  ")).toBe("What is in this image?");
  });

  it("reads markdown as words", () => {
    expect(titleFromText("# Plan\n- **one** and `two`\n- [three](https://x)")).toBe("Plan one and two three");
    expect(titleFromText("snake_case_name and a*b*c")).toBe("snake_case_name and a*b*c");
  });

  it("cuts long text at a word boundary within 60 characters", () => {
    const title = titleFromText("Please describe every object you can find in this screenshot of a busy desktop");
    expect(title.length).toBeLessThanOrEqual(60);
    expect(title).toBe("Please describe every object you can find in this…");
  });

  it("cuts a long word hard and never splits an emoji", () => {
    expect(titleFromText("x".repeat(100))).toBe(`${"x".repeat(59)}…`);
    const emoji = titleFromText("😀".repeat(70));
    expect(Array.from(emoji)).toHaveLength(60);
    expect(emoji).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
  });

  it("uses the first user message, then attachment names, then a default", () => {
    expect(titleFromMessages([{ role: "system", content: "sys" }, { role: "user", content: "Hi there" }])).toBe("Hi there");
    const blob = new Blob();
    expect(
      titleFromMessages([{ role: "user", content: " ", attachments: [{ id: "a", kind: "image", mimeType: "image/png", blob, name: "cat.png", size: 0 }] }]),
    ).toBe("cat.png");
    expect(titleFromMessages([])).toBe("New chat");
  });
});

describe("groupByDate", () => {
  const now = new Date(2025, 2, 15, 10, 0).getTime();
  const at = (day: number, hour = 12) => new Date(2025, 2, day, hour).getTime();

  it("groups pinned, today, yesterday, previous 7 days and older, newest first", () => {
    const conversations = [
      { id: "older", updatedAt: at(1) },
      { id: "today-early", updatedAt: at(15, 0) },
      { id: "yesterday", updatedAt: at(14, 23) },
      { id: "pinned-old", updatedAt: at(1), pinned: true },
      { id: "week", updatedAt: at(8, 1) },
      { id: "today-late", updatedAt: at(15, 9) },
      { id: "just-over-week", updatedAt: at(7, 23) },
    ];
    const groups = groupByDate(conversations, now);
    expect(groups.map((g) => [g.label, g.conversations.map((c) => c.id)])).toEqual([
      ["Pinned", ["pinned-old"]],
      ["Today", ["today-late", "today-early"]],
      ["Yesterday", ["yesterday"]],
      ["Previous 7 days", ["week"]],
      ["Older", ["just-over-week", "older"]],
    ]);
  });

  it("leaves out empty groups and does not mutate the input", () => {
    const input = [{ id: "a", updatedAt: at(15) }];
    expect(groupByDate(input, now).map((g) => g.key)).toEqual(["today"]);
    expect(groupByDate([], now)).toEqual([]);
    expect(input).toHaveLength(1);
  });
});
