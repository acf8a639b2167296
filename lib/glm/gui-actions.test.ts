import { describe, expect, it } from "vitest";
import { parseAgentSections, parseGuiActions } from "./gui-actions";

const one = (text: string) => {
  const actions = parseGuiActions(text);
  expect(actions).toHaveLength(1);
  return actions[0];
};

describe("parseGuiActions: desktop form", () => {
  it("reads left_click with a point and its text range", () => {
    const text = "Action: <|begin_of_box|>left_click(start_box='[281,479]', element_info='Save')<|end_of_box|>";
    const a = one(text);
    expect(a).toMatchObject({ type: "click", button: "left", point: { x: 281, y: 479 }, source: "desktop", elementInfo: "Save" });
    expect(text.slice(a.start, a.end)).toBe("left_click(start_box='[281,479]', element_info='Save')");
  });

  it("uses the centre of a 4-value start_box and keeps the box", () => {
    const a = one("right_click(start_box='[222,455,340,503]')");
    expect(a).toMatchObject({ type: "click", button: "right", point: { x: 281, y: 479 }, box: { x1: 222, x2: 340 } });
  });

  it("reads double click, hover, drag, scroll", () => {
    const actions = parseGuiActions(
      `left_double_click(start_box='[1,2]')\nhover(start_box="[3,4]")\nleft_drag(start_box='[10,20]', end_box='[30,40]')\nscroll(start_box='[500,500]', direction='down', step=5)`,
    );
    expect(actions.map((a) => a.type)).toEqual(["double_click", "hover", "drag", "scroll"]);
    expect(actions[2]).toMatchObject({ from: { x: 10, y: 20 }, to: { x: 30, y: 40 } });
    expect(actions[3]).toMatchObject({ point: { x: 500, y: 500 }, direction: "down", step: 5 });
  });

  it("reads type with escapes, key combos and the control actions", () => {
    const actions = parseGuiActions(
      "type(content='it\\'s done\\n') key(keys='ctrl+c') WAIT() DONE() FAIL()",
    );
    expect(actions).toMatchObject([
      { type: "type", text: "it's done\n" },
      { type: "key", keys: ["ctrl", "c"], combo: "ctrl+c" },
      { type: "wait" },
      { type: "done" },
      { type: "fail" },
    ]);
  });

  it("accepts the <point> and (x,y) argument styles", () => {
    expect(one("click(point='<point>12 34</point>')")).toMatchObject({ point: { x: 12, y: 34 } });
    expect(one("left_click(start_box='(56,78)')")).toMatchObject({ point: { x: 56, y: 78 } });
  });

  it("marks out-of-range or NaN coordinates invalid instead of giving a point", () => {
    const a = one("left_click(start_box='[1500,20]')");
    expect(a.type).toBe("click");
    expect("point" in a && a.point).toBeFalsy();
    expect(a.invalid).toMatch(/outside the 0-1000 range/);
    expect(one("left_click(start_box='[NaN,20]')").invalid).toBeDefined();
    expect(one("left_click(start_box='[1,2,3]')").invalid).toMatch(/3 numbers/);
  });

  it("does not return half-streamed actions", () => {
    expect(parseGuiActions("left_click(start_box='[281,47")).toEqual([]);
    expect(parseGuiActions("left_click(start_box='[281,479]'")).toEqual([]);
    expect(parseGuiActions("type(content='hello")).toEqual([]);
  });

  it("ignores prose and Python look-alikes", () => {
    expect(parseGuiActions("print(type(x)) and myclick(start_box='[1,2]') and obj.hover(1)")).toEqual([]);
  });

  it("does not find actions inside a typed string", () => {
    const actions = parseGuiActions("type(content='left_click(start_box=[1,2])')");
    expect(actions.map((a) => a.type)).toEqual(["type"]);
  });
});

describe("parseGuiActions: mobile JSON form", () => {
  it("reads click with box_2d as the centre", () => {
    const a = one('{"action_type":"click","box_2d":[[100,200,300,400]]}');
    expect(a).toMatchObject({ type: "click", source: "mobile", point: { x: 200, y: 300 }, box: { x1: 100, y1: 200, x2: 300, y2: 400 } });
  });

  it("reads long_press, input_text, open_app, navigate_back, status, answer", () => {
    const text = [
      '{"action_type": "long_press", "box_2d": [[10,10,20,20]]}',
      '{"action_type": "input_text", "text": "hi {there}", "box_2d": [[0,0,10,10]], "override": true}',
      '{"action_type": "open_app", "app_name": "Settings"}',
      '{"action_type": "navigate_back"}',
      '{"action_type": "keyboard_enter"}',
      '{"action_type": "status", "goal_status": "infeasible"}',
      '{"action_type": "answer", "text": "42"}',
      '{"action_type": "teleport"}',
    ].join("\n");
    expect(parseGuiActions(text)).toMatchObject([
      { type: "long_press", point: { x: 15, y: 15 } },
      { type: "type", text: "hi {there}", override: true, point: { x: 5, y: 5 } },
      { type: "open_app", app: "Settings" },
      { type: "navigate", target: "back" },
      { type: "key", keys: ["enter"] },
      { type: "fail" },
      { type: "answer", text: "42" },
      { type: "unknown", name: "teleport" },
    ]);
  });

  it("reads swipe by direction or by two points", () => {
    expect(one('{"action_type":"swipe","direction":"up","box_2d":[[400,400,600,600]]}')).toMatchObject({
      type: "swipe",
      direction: "up",
      point: { x: 500, y: 500 },
    });
    expect(one('{"action_type":"swipe","box_2d":[[500,800],[500,200]]}')).toMatchObject({
      type: "swipe",
      from: { x: 500, y: 800 },
      to: { x: 500, y: 200 },
    });
  });

  it("skips incomplete or broken JSON", () => {
    expect(parseGuiActions('{"action_type":"click","box_2d":[[1,2,3,4]]')).toEqual([]);
    expect(parseGuiActions('{"action_type":"click",,}')).toEqual([]);
  });

  it("reads two actions that share one enclosing object's scan, and refuses nesting no action has", () => {
    const nested = '{"step":{"action_type":"click","box_2d":[[100,200,300,400]]},"next":{"action_type":"wait"}}';
    expect(parseGuiActions(nested).map((a) => a.type)).toEqual(["click", "wait"]);
    const deep = '{"action_type":"click","box_2d":' + "[".repeat(9) + "1,2,3,4" + "]".repeat(9) + "}";
    expect(parseGuiActions(deep)).toEqual([]);
    const shallow = '{"action_type":"click","box_2d":' + "[".repeat(7) + "1,2,3,4" + "]".repeat(7) + "}";
    expect(parseGuiActions(shallow)).toHaveLength(1);
  });
});

describe("parseGuiActions: hostile input", () => {
  it("caps the count and stays fast on 1 MB strings", () => {
    expect(parseGuiActions("WAIT() ".repeat(10_000))).toHaveLength(50);
    const inputs = [
      "a".repeat(1_000_000),
      "left_click(start_box='".repeat(40_000),
      "type(content='" + "x".repeat(1_000_000),
      '"action_type"'.repeat(70_000),
      '{"action_type":'.repeat(60_000),
    ];
    // Speed is a benchmark matter; here: every hostile input finishes, with at most 50 actions.
    for (const input of inputs) expect(parseGuiActions(input).length).toBeLessThanOrEqual(50);
  });
});

describe("parseAgentSections", () => {
  it("splits Memory / Reason / Action and strips box tokens", () => {
    const s = parseAgentSections(
      "Memory: None yet\nReason: The Save button is\nbelow the form.\nAction: <|begin_of_box|>left_click(start_box='[281,479]')<|end_of_box|>",
    );
    expect(s).toEqual({
      memory: "None yet",
      reason: "The Save button is\nbelow the form.",
      action: "left_click(start_box='[281,479]')",
    });
  });

  it("accepts markdown-decorated labels", () => {
    expect(parseAgentSections("**Reason:** because\n**Action:** DONE()")).toEqual({ reason: "because", action: "DONE()" });
  });

  it("returns sections while the action is still streaming", () => {
    expect(parseAgentSections("Memory: x\nReason: y")).toEqual({ memory: "x", reason: "y" });
  });

  it("returns null for ordinary answers", () => {
    expect(parseAgentSections("The cat is on the mat.")).toBeNull();
    expect(parseAgentSections("Some intro.\nReason: only one label mid-text")).toBeNull();
  });
});
