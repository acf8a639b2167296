import { describe, expect, it } from "vitest";
import { buildAgentParts, type AgentHistoryStep } from "@/lib/glm/agent/build-prompt";
import { parseAgentAnswer } from "@/lib/glm/agent/parse-answer";
import type { AgentPlatform } from "@/lib/glm/agent/platforms";
import { findPageRefs } from "@/lib/media/page-refs";
import { documentPartText } from "@/lib/media/pdf/page-plan";
import { citedPages, documentAnswer } from "./agent-answers";
import { scriptedAnswer } from "./script";

const shot = { mimeType: "image/png", data: "AAAA" };

/** Runs a session against the script: each request built from the answers so far. */
function session(platform: AgentPlatform) {
  const steps: AgentHistoryStep[] = [];
  const parsed = [];
  for (let i = 0; i < 3; i++) {
    const parts = buildAgentParts({ platform, task: "Save the settings", steps, current: shot });
    const text = parts.flatMap((p) => (p.type === "text" ? [p.text] : [])).join("\n");
    const answer = scriptedAnswer("", text, true);
    const p = parseAgentAnswer(answer.content, platform);
    parsed.push(p);
    steps.push({ answer: answer.content, halfScreenshot: shot });
  }
  return parsed;
}

describe("scripted agent answers", () => {
  it("walks a desktop session in three steps and ends with DONE", () => {
    const [a, b, c] = session("ubuntu");
    expect(a.parsed).toMatchObject({ type: "click", point: { x: 281, y: 479 } });
    expect(b.parsed).toMatchObject({ type: "type", text: "Ada Lovelace" });
    expect(b.memory).toContain("Ada Lovelace");
    expect(c.ends).toBe("done");
  });

  it("walks a mobile session, including the single-quoted form, and ends with status", () => {
    const [a, b, c] = session("android");
    expect(a.parsed).toMatchObject({ type: "open_app", app: "Settings" });
    expect(b.parsed).toMatchObject({ type: "click", box: { x1: 120, y1: 180, x2: 880, y2: 240 } });
    expect(c.ends).toBe("done");
  });
});

describe("scripted document answers", () => {
  it("answers a PDF request with page references the linkifier finds", () => {
    const answer = scriptedAnswer("", `${documentPartText("report.pdf", [1, 2, 3], 3)}\nSummarise`, true);
    expect(answer.content).toContain("report.pdf");
    expect(findPageRefs(answer.content, { pageCount: 3 }).map((r) => r.text)).toEqual(["Page 1", "p. 2", "pp. 2-3", "第3页"]);
  });

  it("answers a PDF asked about in Chinese in Chinese, with as many page links", () => {
    const answer = scriptedAnswer("", `${documentPartText("report.pdf", [1, 2, 3], 3)}\n示例：总结这份报告，并说明每一页展示了什么。`, true);
    expect(answer.content).toContain("演示回答");
    expect(findPageRefs(answer.content, { pageCount: 3 }).map((r) => r.text)).toEqual(["第1页", "第2页", "第2-3页", "page 3"]);
  });

  it("answers the Chinese GUI sample in Chinese, with the same click", () => {
    const answer = scriptedAnswer("", "示例：我想保存这些设置。下一步界面操作是什么？", true);
    expect(answer.content).toContain("保存更改");
    expect(answer.content).toContain("left_click(start_box='[281,479]')");
  });

  it("leaves ordinary image questions to the usual demo answer", () => {
    expect(scriptedAnswer("", "What is this?", true).content).toContain("Demo mode cannot see images");
  });
});

describe("long scripted session", () => {
  it("takes six steps when the task says (long task)", () => {
    const steps: AgentHistoryStep[] = [];
    const types: string[] = [];
    for (let i = 0; i < 6; i++) {
      const parts = buildAgentParts({ platform: "ubuntu", task: "Tidy up (long task)", steps, current: shot });
      const text = parts.flatMap((p) => (p.type === "text" ? [p.text] : [])).join("\n");
      const answer = scriptedAnswer("", text, true).content;
      types.push(parseAgentAnswer(answer, "ubuntu").parsed?.type ?? "");
      steps.push({ answer, halfScreenshot: shot });
    }
    expect(types).toEqual(["click", "scroll", "scroll", "scroll", "type", "done"]);
  });
});

describe("the demo answer about a document", () => {
  it("names only pages that were sent", () => {
    const two = documentAnswer('[Document "a.pdf": all 2 pages, one image per page in that order.]')!.content;
    expect(two).toContain("Page 1");
    expect(two).toContain("p. 2");
    expect(two).toContain("p. 2 gives");
    expect(two).not.toMatch(/3/);
    expect(citedPages("1-3")).toEqual({ first: 1, second: 2, last: 3, range: "2-3" });
    expect(citedPages("2, 5-6")).toEqual({ first: 2, second: 5, last: 6, range: "5-6" });
    expect(citedPages("4")).toEqual({ first: 4, second: 4, last: 4, range: undefined });
  });
});
