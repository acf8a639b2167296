import { describe, expect, it } from "vitest";
import { parseGrounding } from "./grounding";
import { itemAtOffset, overlayItems } from "./grounding-overlay";
import { parseGuiActions } from "./gui-actions";

describe("overlayItems", () => {
  it("maps boxes and points to percentages (clamped at 99.9)", () => {
    const text = "cat: [100,333,300,667] and [281,479] and [0,0,1000,1000]";
    const items = overlayItems(parseGrounding(text));
    expect(items[0]).toMatchObject({ kind: "box", label: "cat" });
    const box = items[0].kind === "box" ? items[0].rect : null;
    expect(box?.left).toBeCloseTo(10);
    expect(box?.top).toBeCloseTo(33.3);
    expect(box?.width).toBeCloseTo(20);
    expect(items[1]).toMatchObject({ kind: "box", rect: { width: 99.9, height: 99.9 } });
    expect(items[2]).toMatchObject({ kind: "point", at: { x: 28.1, y: 47.9 } });
    expect(itemAtOffset(items, text.indexOf("[281"))?.id).toBe("point-0");
    expect(itemAtOffset(items, 0)).toBeUndefined();
  });

  it("maps GUI actions to markers, arrows and bubbles, skipping invalid ones", () => {
    const actions = parseGuiActions(
      "left_click(start_box='[281,479]') left_drag(start_box='[100,100]', end_box='[200,300]') scroll(start_box='[500,500]', direction='up') type(content='hi') key(keys='ctrl+s') left_click(start_box='[5000,1]') WAIT()",
    );
    const items = overlayItems(null, actions);
    expect(items).toHaveLength(5);
    expect(items[0]).toMatchObject({ at: { x: 28.1, y: 47.9 } });
    expect(items[1]).toMatchObject({ arrow: { from: { x: 10, y: 10 }, to: { x: 20, y: 30 } } });
    expect(items[2]).toMatchObject({ arrow: { from: { x: 50, y: 50 }, to: { x: 50, y: 38 } } });
    expect(items[3]).toMatchObject({ bubble: "hi" });
    expect(items[4]).toMatchObject({ bubble: "ctrl+s" });
  });
});
