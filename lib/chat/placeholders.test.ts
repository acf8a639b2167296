import { describe, expect, it } from "vitest";
import { PROMPT_PRESETS } from "@/lib/glm/presets";
import { firstUnfilled, nextPlaceholder, placeholderRanges } from "./placeholders";

const gui = PROMPT_PRESETS.find((p) => p.id === "gui-step")!.prompt;
const locate = PROMPT_PRESETS.find((p) => p.id === "locate")!.prompt;

describe("preset placeholders", () => {
  it("finds the user's blanks, not the output format the model is asked to follow", () => {
    expect(placeholderRanges(locate).map((r) => r.text)).toEqual(["<object>"]);
    expect(placeholderRanges(gui).map((r) => r.text)).toEqual(["<describe the task>"]);
    const r = placeholderRanges(locate)[0];
    expect(locate.slice(r.start, r.end)).toBe("<object>");
  });

  it("Tab goes to the next blank after the cursor and wraps; Shift+Tab goes back", () => {
    const text = "find <object> near <object> for <describe the task>";
    const [a, b, c] = placeholderRanges(text);
    expect(nextPlaceholder(text, 0)).toEqual(a);
    expect(nextPlaceholder(text, a.end)).toEqual(b);
    expect(nextPlaceholder(text, c.end)).toEqual(a);
    expect(nextPlaceholder(text, b.start, true)).toEqual(a);
    expect(nextPlaceholder(text, 0, true)).toEqual(c);
    expect(nextPlaceholder("all filled in", 0)).toBeUndefined();
  });

  it("reports the first unfilled blank", () => {
    expect(firstUnfilled(locate)?.text).toBe("<object>");
    expect(firstUnfilled(locate.replace("<object>", "red circle"))).toBeUndefined();
  });
});
