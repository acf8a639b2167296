import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { describeAction } from "@/lib/glm/agent/describe-action";
import { parseGuiActions } from "@/lib/glm/gui-actions";
import { withIntl } from "@/test/intl";
import { useDescribeAction } from "./use-describe-action";

const SAMPLES = [
  "left_click(start_box='[281,479]', element_info='Save changes button')",
  "right_click(start_box='[100,200]')",
  "double_click(start_box='[100,200]')",
  "type(content='Ada')",
  "key(keys='ctrl+s')",
  "scroll(start_box='[500,500]', direction='down', step=5)",
  "drag(start_box='[100,100]', end_box='[300,400]')",
  '{"action_type": "open_app", "app_name": "Settings"}',
  '{"action_type": "status", "goal_status": "infeasible"}',
  "DONE()",
  "WAIT()",
  "fly()",
];

function Said({ text }: { text: string }) {
  return <>{useDescribeAction()(parseGuiActions(text)[0], text)}</>;
}
const say = (text: string, locale: "en" | "zh") =>
  renderToStaticMarkup(withIntl(<Said text={text} />, locale)).replaceAll("&quot;", '"').replaceAll("&#x27;", "'");

describe("useDescribeAction", () => {
  it("says in English exactly what describeAction says", () => {
    for (const text of SAMPLES) expect(say(text, "en"), text).toBe(describeAction(parseGuiActions(text)[0], text));
  });
  it("says it in Chinese for a Chinese reader", () => {
    expect(say(SAMPLES[0], "zh")).toBe("点击（位置 28%, 48%）（Save changes button）");
    expect(say(SAMPLES[5], "zh")).toBe("向下滚动 5 步（位置 50%, 50%）");
    expect(say("DONE()", "zh")).toBe("完成：任务已完成");
  });
});
