import { describe, expect, it } from "vitest";
import { parseAgentAnswer, parseDesktopAnswer, parseMobileAnswer } from "./parse-answer";
import { pythonDictToJson, toPythonRepr } from "./python-dict";

describe("desktop answers", () => {
  it("splits thought, boxed call and memory", () => {
    const a = parseDesktopAnswer(
      "I see the dialog. I'll click OK.\n<|begin_of_box|>left_click(start_box='[586, 446]', element_info='OK button')<|end_of_box|>\nMemory:\n[{\"file\": \"a.png\"}]",
    );
    expect(a.thought).toBe("I see the dialog. I'll click OK.");
    expect(a.action).toBe("left_click(start_box='[586, 446]', element_info='OK button')");
    expect(a.memory).toBe('[{"file": "a.png"}]');
    expect(a.parsed).toMatchObject({ type: "click", button: "left", point: { x: 586, y: 446 }, elementInfo: "OK button" });
    expect(a.ends).toBeUndefined();
  });

  it("finds an unboxed call, drops an Action: label and defaults memory to []", () => {
    const a = parseDesktopAnswer("Scroll to see more.\nAction: scroll(start_box='[500,500]', direction='down', step=5)");
    expect(a.action).toBe("scroll(start_box='[500,500]', direction='down', step=5)");
    expect(a.thought).toBe("Scroll to see more.");
    expect(a.memory).toBe("[]");
    expect(a.parsed).toMatchObject({ type: "scroll", direction: "down", step: 5 });
  });

  it("ends the session on DONE and FAIL", () => {
    expect(parseDesktopAnswer("All set. <|begin_of_box|>DONE()<|end_of_box|>\nMemory:\n[]").ends).toBe("done");
    expect(parseDesktopAnswer("Impossible. <|begin_of_box|>FAIL()<|end_of_box|>\nMemory:\n[]").ends).toBe("fail");
  });

  it("ignores a leftover <think> block", () => {
    const a = parseAgentAnswer("<think>hmm</think>Press enter. <|begin_of_box|>key(keys='enter')<|end_of_box|>\nMemory:\n[]", "ubuntu");
    expect(a.thought).toBe("Press enter.");
    expect(a.parsed).toMatchObject({ type: "key", combo: "enter" });
  });
});

describe("mobile answers", () => {
  it("reads JSON actions inside box tokens", () => {
    const a = parseMobileAnswer('Memory: recipe list\nReason: Tap the first.\nAction: <|begin_of_box|>{"action_type": "click", "box_2d": [[10,20,30,40]]}<|end_of_box|>');
    expect(a).toMatchObject({ memory: "recipe list", thought: "Tap the first.", ends: undefined });
    expect(a.parsed).toMatchObject({ type: "click", source: "mobile", box: { x1: 10, y1: 20, x2: 30, y2: 40 } });
  });

  it("reads the single-quoted dict form with Python booleans", () => {
    const a = parseMobileAnswer("Memory: None\nReason: Type the name.\nAction: {'action_type': 'input_text', 'text': \"Bob's\", 'box_2d': [[1,2,3,4]], 'override': True}");
    expect(a.parsed).toMatchObject({ type: "type", text: "Bob's", override: true });
  });

  it("ends on status complete / infeasible, not on answer", () => {
    expect(parseMobileAnswer('Memory: x\nReason: y\nAction: {"action_type": "status", "goal_status": "complete"}').ends).toBe("done");
    expect(parseMobileAnswer("Memory: x\nReason: y\nAction: {'action_type': 'status', 'goal_status': 'infeasible'}").ends).toBe("fail");
    expect(parseMobileAnswer('Memory: x\nReason: y\nAction: {"action_type": "answer", "text": "3"}').ends).toBeUndefined();
  });

  it("still finds an action when the layout is off", () => {
    const a = parseMobileAnswer('I will go back. {"action_type": "navigate_back"}');
    expect(a.parsed).toMatchObject({ type: "navigate", target: "back" });
  });
});

describe("python dicts", () => {
  it("converts both ways", () => {
    expect(JSON.parse(pythonDictToJson("{'a': 'it\\'s', 'b': None, 'c': [False]}") ?? "")).toEqual({ a: "it's", b: null, c: [false] });
    expect(pythonDictToJson("{'a': ")).toBeNull();
    expect(toPythonRepr({ action_type: "open_app", app_name: "Broccoli", ok: true, n: [1, 2] })).toBe(
      "{'action_type': 'open_app', 'app_name': 'Broccoli', 'ok': True, 'n': [1, 2]}",
    );
    expect(toPythonRepr("Bob's")).toBe('"Bob\'s"');
  });
});
