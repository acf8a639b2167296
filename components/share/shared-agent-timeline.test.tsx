import { renderToStaticMarkup } from "react-dom/server";
import { withIntl } from "@/test/intl";
import { describe, expect, it } from "vitest";
import type { PublicMessage } from "@/lib/server/share/view";
import { SharedAgentTimeline, sharedAgentSteps } from "./shared-agent-timeline";

const shot = (n: number) => ({ asset: n, kind: "image" as const, mimeType: "image/png", name: "screen.png", width: 1280, height: 720, size: 10, url: `/s/S/assets/${n}` });
const messages: PublicMessage[] = [
  { role: "user", content: "", createdAt: 1, attachments: [shot(0)] },
  { role: "assistant", content: "I'll save.\n<|begin_of_box|>left_click(start_box='[281,479]', element_info='Save changes button')<|end_of_box|>\nMemory:\n[]", createdAt: 2 },
  { role: "user", content: "", createdAt: 3, attachments: [shot(1)] },
  { role: "assistant", content: "Done.\n<|begin_of_box|>DONE()<|end_of_box|>\nMemory:\n[]", createdAt: 4 },
  { role: "user", content: "", createdAt: 5, attachments: [shot(2)] },
];

describe("SharedAgentTimeline (server render)", () => {
  it("pairs each screenshot with the answer after it", () => {
    expect(sharedAgentSteps(messages).map((s) => [s.screenshot?.asset, !!s.answer])).toEqual([[0, true], [1, true], [2, false]]);
  });

  it("shows the task, each step's action drawn and in words, and a step with no answer yet", () => {
    const html = renderToStaticMarkup(withIntl(<SharedAgentTimeline agent={{ task: "Save the <b>form</b>", platform: "windows" }} messages={messages} />));
    expect(html).toContain("Desktop: Windows");
    expect(html).toContain("Save the &lt;b&gt;form&lt;/b&gt;");
    expect([...html.matchAll(/data-testid="shared-agent-step" data-step="(\d)" data-action="(\w*)"/g)].map((m) => `${m[1]}:${m[2]}`)).toEqual(["1:click", "2:done", "3:"]);
    expect(html).toContain("Click at 28%, 48% (Save changes button)");
    expect(html.split('data-testid="gui-action"').length - 1).toBe(1);
    expect(html).toContain("No answer");
  });
});
