import { describe, expect, it } from "vitest";
import { parseGuiActions } from "../gui-actions";
import { describeAction } from "./describe-action";

const say = (text: string) => describeAction(parseGuiActions(text)[0], text);

describe("describeAction", () => {
  it("puts actions in words", () => {
    expect(say("left_click(start_box='[281,479]', element_info='Save changes button')")).toBe("Click at 28%, 48% (Save changes button)");
    expect(say("right_click(start_box='[100,200]')")).toBe("Right-click at 10%, 20%");
    expect(say("type(content='Ada')")).toBe("Type “Ada”");
    expect(say("key(keys='ctrl+s')")).toBe("Press ctrl+s");
    expect(say("scroll(start_box='[500,500]', direction='down', step=5)")).toBe("Scroll down 5 steps at 50%, 50%");
    expect(say('{"action_type": "open_app", "app_name": "Settings"}')).toBe("Open the app “Settings”");
    expect(say('{"action_type": "status", "goal_status": "infeasible"}')).toBe("Failed: the task cannot be done");
    expect(say("DONE()")).toBe("Done: the task is complete");
    expect(describeAction(undefined, "fly()")).toBe("Unrecognised action: fly()");
  });
});
