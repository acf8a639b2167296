import { describe, expect, it } from "vitest";
import { textFilePartText } from "@/lib/media/documents";
import { questionEcho, scriptedAnswer } from "./script";

describe("the demo's quote of the question", () => {
  const file = textFilePartText({ name: "data.csv", text: "a,b\n1,2", truncated: false, chars: 7 });

  it("leaves attached files' blocks out, so the answer's markdown stays whole", () => {
    expect(questionEcho(`${file}\n\nSum the columns [[scenario:x]]`)).toBe("Sum the columns");
    const answer = scriptedAnswer("", `${file}\n\nSum the columns`, false).content;
    expect(answer).not.toContain("a,b");
    // Every fence the answer opens, it closes.
    expect((answer.match(/^```/gm) ?? []).length % 2).toBe(0);
  });

  it("names the file when nothing was typed, and quotes one line", () => {
    expect(questionEcho(file)).toBe("data.csv");
    expect(questionEcho("first\nsecond")).toBe("first second");
  });

  it("leaves out the page header the app sends with an attached PDF", () => {
    expect(questionEcho('[Document "invoice-2pages.pdf": all 2 pages, one image per page in that order.]\n\nWhat is the total?')).toBe("What is the total?");
  });
});
