import { describe, expect, it } from "vitest";
import { cleanTitle, isTitleRequest, scriptedTitle, titleMessages, TITLE_INSTRUCTION } from "./title";

describe("titles", () => {
  it("asks with the instruction and a trimmed, marker-free excerpt", () => {
    const messages = titleMessages({ user: "[[scenario:no-reasoning]] Plan a trip <|begin_of_box|>x<|end_of_box|>", answer: "a".repeat(5000) });
    expect(messages[0]).toEqual({ role: "system", content: TITLE_INSTRUCTION });
    expect(messages[1].content).toContain("User:\n[[scenario:no-reasoning]] Plan a trip x");
    expect(messages[1].content).not.toContain("<|");
    expect(messages[1].content.length).toBeLessThan(3200);
    expect(isTitleRequest({ model: "glm-4.5-flash", messages })).toBe(true);
    expect(isTitleRequest({ model: "glm-4.5v", messages: [{ role: "user", content: "hi" }] })).toBe(false);
  });

  it("cleans what a model answers into one short line", () => {
    expect(cleanTitle('"Trip to Kyoto."\n')).toBe("Trip to Kyoto");
    expect(cleanTitle("Why is the sky blue?")).toBe("Why is the sky blue?");
    expect(cleanTitle("Title: **Quicksort explained**")).toBe("Quicksort explained");
    expect(cleanTitle("<think>hmm</think>\n\n《京都旅行计划》。")).toBe("京都旅行计划");
    expect(cleanTitle("   \n")).toBe("");
    expect(cleanTitle("word ".repeat(40))).toBe(`${"word ".repeat(11).trim()}…`);
    expect(cleanTitle("## *Trip* to `Kyoto`")).toBe("Trip to Kyoto");
    expect(cleanTitle("Title: [Quicksort](https://x) explained")).toBe("Quicksort explained");
    expect(cleanTitle("```\nQuicksort explained\n```")).toBe("Quicksort explained");
    expect(cleanTitle("**kwargs in Python")).toBe("**kwargs in Python");
  });

  it("scripts a demo title: the one a test asks for, else the question's first line", () => {
    expect(scriptedTitle("User:\n[[title:Quicksort explained]] explain it\n\nAssistant:\nSure")).toBe("Quicksort explained");
    expect(scriptedTitle("User:\n\n Where is Save?\nmore\n\nAssistant:\nThere")).toBe("Where is Save?");
    expect(scriptedTitle(`User:\n${"x".repeat(80)}\n\nAssistant:\n`)).toBe(`${"x".repeat(59)}…`);
    // A demo user's long question: cut at a word, and it says so (it ended "secret top").
    expect(scriptedTitle("User:\n[[scenario:no-reasoning]] [[prompt-tokens:60000]] secret topic zebrafish\n\nAssistant:\n")).toBe(
      "[[scenario:no-reasoning]] [[prompt-tokens:60000]] secret…",
    );
    expect(scriptedTitle("User:\n\n\nAssistant:\n")).toBe("Demo conversation");
    // What the app showed before the title arrived: the first line as words.
    expect(scriptedTitle("User:\n> **Fix** this `build`\n\nAssistant:\nOk")).toBe("Fix this build");
  });
});
