import { describe, expect, it } from "vitest";
import type { ChatMessage } from "./message";
import { agentSendRule, agentTimeline, sessionState } from "./agent-timeline";
import { stepPrompt, trajectoryJson, TRAJECTORY_FORMAT } from "./agent-trajectory";

const img = (n: number) => ({ id: `a${n}`, kind: "image" as const, mimeType: "image/png", name: `s${n}.png`, size: 1, blob: new Blob(["x"]) });
const msgs = (answers: string[], streamingLast = false): ChatMessage[] =>
  answers.flatMap((content, i) => [
    { id: `u${i}`, role: "user" as const, content: "", createdAt: i, attachments: [img(i)] },
    { id: `r${i}`, role: "assistant" as const, content, createdAt: i, status: streamingLast && i === answers.length - 1 ? ("streaming" as const) : ("done" as const) },
  ]);
const click = "Open it. <|begin_of_box|>left_click(start_box='[10,20]')<|end_of_box|>\nMemory:\n[]";
const agent = { task: "Save", platform: "ubuntu" as const };

describe("agent timeline", () => {
  it("parses each finished step and tracks the session state", () => {
    const steps = agentTimeline(msgs([click, "Done. <|begin_of_box|>DONE()<|end_of_box|>\nMemory:\n[]"]), "ubuntu");
    expect(steps.map((s) => s.answer?.parsed?.type)).toEqual(["click", "done"]);
    expect(sessionState(steps)).toBe("done");
    expect(sessionState(agentTimeline(msgs([click]), "ubuntu"))).toBe("waiting");
    expect(sessionState(agentTimeline(msgs([click], true), "ubuntu"))).toBe("running");
    expect(sessionState([])).toBe("new");
    expect(sessionState(agentTimeline(msgs(['Memory: x\nReason: y\nAction: {"action_type": "status", "goal_status": "infeasible"}']), "android"))).toBe("failed");
  });

  it("a last step that did not finish is unfinished, not waiting for the next screenshot", () => {
    const ended = (status: ChatMessage["status"], content: string, error?: ChatMessage["error"]) => {
      const m = msgs([click, content]);
      m[3] = { ...m[3], status, error };
      return agentTimeline(m, "ubuntu");
    };
    const refused = ended("error", "", { code: "network", message: "x" });
    expect(refused[1]).toMatchObject({ index: 2, failed: true, unfinished: true });
    expect(sessionState(refused)).toBe("unfinished");
    // Cut by a reload before anything arrived, or mid-answer.
    expect(sessionState(ended("interrupted", ""))).toBe("unfinished");
    expect(sessionState(ended("interrupted", "Open it. <|begin_of"))).toBe("unfinished");
    // A finished but empty answer holds no action either.
    expect(sessionState(ended("done", "  "))).toBe("unfinished");
    expect(agentTimeline(msgs([click]), "ubuntu")[0].unfinished).toBe(false);
    expect(agentTimeline(msgs([click], true), "ubuntu")[0].unfinished).toBe(false);
  });

  it("exports the trajectory with each step's prompt as it was sent", async () => {
    const steps = agentTimeline(msgs([click, click]), "ubuntu");
    const second = stepPrompt(agent, steps, 2);
    expect(second.map((p) => p.type)).toEqual(["text", "image", "text", "image"]);
    expect(second[1]).toEqual({ type: "image", ref: "step 1 screenshot at 50%" });
    expect(second[3]).toEqual({ type: "image", ref: "step 2 screenshot" });
    const json = JSON.parse(await trajectoryJson(agent, "glm-4.5v", steps, async () => "QQ=="));
    expect(json).toMatchObject({ format: TRAJECTORY_FORMAT, task: "Save", platform: "ubuntu", model: "glm-4.5v" });
    expect(json.steps[0]).toMatchObject({ step: 1, screenshot: { base64: "QQ==" }, thought: "Open it.", action: "left_click(start_box='[10,20]')" });
  });
});

describe("agentSendRule", () => {
  it("asks for a task, then exactly one screenshot, and refuses once the session has ended", () => {
    expect(agentSendRule("  ", "new", 1)).toBe("no_task");
    expect(agentSendRule("Save", "new", 0)).toBe("one_image");
    expect(agentSendRule("Save", "waiting", 2)).toBe("one_image");
    expect(agentSendRule("Save", "done", 1)).toBe("ended");
    expect(agentSendRule("Save", "failed", 1)).toBe("ended");
    // A step that did not finish is retried, not followed by the next screenshot.
    expect(agentSendRule("Save", "unfinished", 1)).toBe("unfinished");
    expect(agentSendRule("Save", "waiting", 1)).toBeUndefined();
  });
});
