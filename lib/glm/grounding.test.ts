import { describe, expect, it } from "vitest";
import { parseGrounding, toDisplayPoint, toDisplayRect, toPercentRect } from "./grounding";

const coords = (text: string) =>
  parseGrounding(text).boxes.map((b) => [b.x1, b.y1, b.x2, b.y2]);

describe("parseGrounding: bracket styles", () => {
  it("reads a plain [x1,y1,x2,y2] box with its text range", () => {
    const text = "It is at [100,333,300,667] here.";
    const { boxes } = parseGrounding(text);
    expect(boxes).toHaveLength(1);
    expect(boxes[0]).toMatchObject({ x1: 100, y1: 333, x2: 300, y2: 667 });
    expect(text.slice(boxes[0].start, boxes[0].end)).toBe("[100,333,300,667]");
  });

  it("reads nested [[..],[..]] as separate boxes", () => {
    expect(coords("[[100,333,300,667],[420, 200, 620, 467]]")).toEqual([
      [100, 333, 300, 667],
      [420, 200, 620, 467],
    ]);
  });

  it("reads (..) and <..> boxes", () => {
    expect(coords("a (1,2,3,4) b <5, 6, 7, 8>")).toEqual([
      [1, 2, 3, 4],
      [5, 6, 7, 8],
    ]);
  });

  it("reads <bbox> with bare, space separated and bracketed values", () => {
    const text = "<bbox>10,20,30,40</bbox> <bbox>50 60 70 80</bbox> <bbox>[1,2,3,4]</bbox>";
    const { boxes } = parseGrounding(text);
    expect(boxes.map((b) => [b.x1, b.y1, b.x2, b.y2])).toEqual([
      [10, 20, 30, 40],
      [50, 60, 70, 80],
      [1, 2, 3, 4],
    ]);
    expect(text.slice(boxes[2].start, boxes[2].end)).toBe("<bbox>[1,2,3,4]</bbox>");
  });

  it("reads the JSON bbox_2d form with labels, before or after the box", () => {
    const text =
      '```json\n[{"label": "cat", "bbox_2d": [1, 2, 3, 4]}, {"bbox_2d": [5,6,7,8], "label": "dog \\"rex\\""}]\n```';
    const { boxes } = parseGrounding(text);
    expect(boxes.map((b) => b.label)).toEqual(["cat", 'dog rex']);
    expect(boxes[1]).toMatchObject({ x1: 5, y1: 6, x2: 7, y2: 8 });
  });

  it("reads boxes inside the box tokens (the fixture answer)", () => {
    const text = "The **Save changes** button is at <|begin_of_box|>[[222,455,340,503]]<|end_of_box|>.";
    const { boxes } = parseGrounding(text);
    expect(boxes).toEqual([
      expect.objectContaining({ x1: 222, y1: 455, x2: 340, y2: 503, label: "Save changes" }),
    ]);
  });

  it("reads [x,y] points anywhere and (x,y) points only inside box tokens or <point>", () => {
    const r = parseGrounding(
      "click [281,479]; list (3, 4); <|begin_of_box|>(10,20)<|end_of_box|> <point>7 8</point>",
    );
    expect(r.points.map((p) => [p.x, p.y])).toEqual([
      [281, 479],
      [10, 20],
      [7, 8],
    ]);
  });

  it("accepts decimals and normalises reversed corners", () => {
    expect(coords("[300.5, 667, 100, 333]")).toEqual([[100, 333, 300.5, 667]]);
  });

  it("ignores non-coordinates: citations, 3-tuples, links, tokens", () => {
    expect(parseGrounding("see [1] and [1,2,3] and [a](http://x) <|begin_of_box|>").boxes).toEqual([]);
    expect(parseGrounding("[1,2,3,4,5]").boxes).toEqual([]);
  });

  it("skips code fences in programming languages but not json ones", () => {
    const text = "```python\nx = [1, 2, 3, 4]\n```\n```\n[5,6,7,8]\n```";
    expect(coords(text)).toEqual([[5, 6, 7, 8]]);
  });

  it("skips GUI action arguments", () => {
    expect(parseGrounding("left_click(start_box='[281,479]')").points).toEqual([]);
    expect(parseGrounding("left_click(start_box='[281,479]')", { skipActionArguments: false }).points).toHaveLength(1);
  });
});

describe("parseGrounding: labels", () => {
  it("takes the name before a colon", () => {
    const r = parseGrounding("red circle: [100,333,300,667], blue rectangle: [420,200,620,467]");
    expect(r.boxes.map((b) => b.label)).toEqual(["red circle", "blue rectangle"]);
  });

  it("takes the name before a Chinese full-width colon, clauses ended by Chinese punctuation", () => {
    const list = parseGrounding("图中有四个形状：\n- 红色圆形：[100,333,300,667]\n- 蓝色矩形：[420,200,620,467]");
    expect(list.boxes.map((b) => b.label)).toEqual(["红色圆形", "蓝色矩形"]);
    const prose = parseGrounding("图中有两个形状，红色圆形：[100,333,300,667]；绿色三角形：[700,300,900,700]。");
    expect(prose.boxes.map((b) => b.label)).toEqual(["红色圆形", "绿色三角形"]);
  });

  it("takes a bold phrase in the same clause, list markers and articles stripped", () => {
    const r = parseGrounding("- the **cat** [1,2,3,4]\n2. The dog is at: [5,6,7,8]\nSomething [9,9,10,10]");
    expect(r.boxes.map((b) => b.label)).toEqual(["cat", "dog", undefined]);
  });

  it("shares one label across a nested group", () => {
    const r = parseGrounding("cats: [[1,2,3,4], [5,6,7,8]]");
    expect(r.boxes.map((b) => b.label)).toEqual(["cats", "cats"]);
  });

  it("gives no label to long prose", () => {
    const r = parseGrounding("I looked very carefully all over the picture and found it here: [1,2,3,4]");
    expect(r.boxes[0].label).toBeUndefined();
  });
});

describe("parseGrounding: hostile input", () => {
  it("puts out-of-range, negative and NaN values in outOfRange, never in boxes", () => {
    const r = parseGrounding("[1200, 10, 20, 30] [-5, 1, 2, 3] [NaN, 1, 2, 3] [99999999999999999999999999999999999999, 1] [1001,5]");
    expect(r.boxes).toEqual([]);
    expect(r.points).toEqual([]);
    expect(r.outOfRange.map((o) => o.kind)).toEqual(["box", "box", "box", "point", "point"]);
    expect(r.outOfRange[0].text).toBe("[1200, 10, 20, 30]");
    expect(r.outOfRange[3].values[0]).toBe(Infinity);
  });

  it("accepts the 1000 edge but not beyond", () => {
    expect(coords("[0,0,1000,1000]")).toEqual([[0, 0, 1000, 1000]]);
  });

  it("caps thousands of boxes and reports truncation", () => {
    const text = "[1,2,3,4] ".repeat(5000);
    const r = parseGrounding(text);
    expect(r.boxes).toHaveLength(500);
    expect(r.truncated).toBe(true);
    expect(parseGrounding(text, { maxItems: 10 }).boxes).toHaveLength(10);
  });

  it("stays fast on 1 MB adversarial strings", () => {
    const inputs = [
      "[".repeat(1_000_000),
      "[1,".repeat(250_000),
      "[" + "9".repeat(1_000_000),
      "[1, 2, 3," + " ".repeat(1_000_000),
      '{"label":"'.repeat(100_000) + "[1,2,3,4]",
      "<bbox>".repeat(150_000),
      "**a** ".repeat(150_000) + ": [1,2,3,4]",
      "x".repeat(1_000_000) + ": [1,2,3,4]",
      "```\n".repeat(250_000),
    ];
    // Speed is a benchmark matter; here: every hostile input finishes, within the item cap.
    for (const input of inputs) {
      const r = parseGrounding(input);
      expect(r.boxes.length + r.points.length).toBeLessThanOrEqual(500);
    }
  });
});

describe("parseGrounding: streaming", () => {
  it("returns a box only once its closing bracket has arrived", () => {
    const full = "Here <|begin_of_box|>[[222,455,340,503],[349,455,424,503]]<|end_of_box|>";
    const seen: number[] = [];
    for (let n = 0; n <= full.length; n++) seen.push(parseGrounding(full.slice(0, n)).boxes.length);
    const firstEnd = full.indexOf("503]") + 4;
    expect(seen[firstEnd - 1]).toBe(0);
    expect(seen[firstEnd]).toBe(1);
    expect(seen[full.length]).toBe(2);
    // Monotonic: a box never disappears as more text arrives.
    for (let n = 1; n < seen.length; n++) expect(seen[n]).toBeGreaterThanOrEqual(seen[n - 1]);
  });

  it("does not mistake a half number for a complete one", () => {
    expect(parseGrounding("[222,455,340,50").boxes).toEqual([]);
  });
});

describe("display mapping", () => {
  it("maps the shapes.png red circle to its pixel box", () => {
    const rect = toDisplayRect({ x1: 100, y1: 333, x2: 300, y2: 667 }, 1000, 600);
    expect(rect.left).toBeCloseTo(100);
    expect(rect.top).toBeCloseTo(199.8);
    expect(rect.width).toBeCloseTo(200);
    expect(rect.height).toBeCloseTo(200.4);
  });

  it("clamps to [0, 999]", () => {
    const rect = toDisplayRect({ x1: 0, y1: 0, x2: 1000, y2: 1000 }, 2000, 1000);
    expect(rect.width).toBeCloseTo(1998);
    expect(rect.height).toBeCloseTo(999);
    expect(toPercentRect({ x1: 500, y1: 250, x2: 750, y2: 500 })).toEqual({ left: 50, top: 25, width: 25, height: 25 });
    const p = toDisplayPoint({ x: 281, y: 479 }, 1280, 800);
    expect(p.x).toBeCloseTo(359.68);
    expect(p.y).toBeCloseTo(383.2);
  });
});
