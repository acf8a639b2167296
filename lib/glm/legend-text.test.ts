import { describe, expect, it } from "vitest";
import { actionLegend, legendText } from "./legend-text";

describe("legendText", () => {
  it("shows the numbers of a box or point without the markup around them", () => {
    expect(legendText("<bbox>50 60 70 80</bbox>")).toBe("[50, 60, 70, 80]");
    expect(legendText("<|begin_of_box|>[[100,333,300,667]]<|end_of_box|>")).toBe("[100, 333, 300, 667]");
    expect(legendText('"bbox_2d": [1, 2, 3, 4]')).toBe("[1, 2, 3, 4]");
    expect(legendText("<point>12.5 40</point>")).toBe("[12.5, 40]");
  });

  it("leaves text without numbers as it is, trimmed", () => {
    expect(legendText(" click(here) ")).toBe("click(here)");
  });
});

describe("actionLegend", () => {
  it("does not repeat the action's name when the model's call already says it", () => {
    expect(actionLegend("type", " type(content='Ada Lovelace') ")).toEqual({ name: null, text: "type(content='Ada Lovelace')" });
    expect(actionLegend("click", "left_click()")).toEqual({ name: null, text: "left_click()" });
    expect(actionLegend("double click", "double_click()")).toEqual({ name: null, text: "double_click()" });
    expect(actionLegend("done", "DONE()")).toEqual({ name: null, text: "DONE()" });
  });

  it("names the action when its text does not: numbers, another call, a translated name", () => {
    expect(actionLegend("click", "left_click(start_box='[281,479]')")).toEqual({ name: "click", text: "[281, 479]" });
    expect(actionLegend("key", "hotkey(key='ctrl s')")).toEqual({ name: "key", text: "hotkey(key='ctrl s')" });
    expect(actionLegend("输入", "type(content='Ada')")).toEqual({ name: "输入", text: "type(content='Ada')" });
    expect(actionLegend("open app", '{"action_type": "open_app", "app_name": "Settings"}').name).toBe("open app");
  });
});
