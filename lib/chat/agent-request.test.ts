import { describe, expect, it } from "vitest";
import { OMITTED } from "@/lib/glm/agent/build-prompt";
import type { Attachment, ChatMessage, ConversationSettings } from "./message";
import { agentSteps, AgentStepError, toAgentRequest } from "./agent-request";
import { toChatRequest } from "./to-request";

const shot = (n: number): Attachment => ({ id: `a${n}`, kind: "image", mimeType: "image/png", name: `s${n}.png`, size: 1, blob: new Blob([`shot${n}`], { type: "image/png" }) });
const user = (n: number, content = ""): ChatMessage => ({ id: `u${n}`, role: "user", content, createdAt: n, attachments: [shot(n)] });
const answer = (n: number): ChatMessage => ({ id: `r${n}`, role: "assistant", content: `Step ${n}. <|begin_of_box|>left_click(start_box='[${n},${n}]')<|end_of_box|>\nMemory:\n[{"n": ${n}}]`, createdAt: n });
const settings: ConversationSettings = { model: "glm-4.5v", thinking: true, agent: { task: "Save it", platform: "ubuntu" } };
const encode = async (b: Blob) => Buffer.from(await b.arrayBuffer()).toString("utf8");
const shrink = async (b: Blob) => new Blob([`half-${await b.text()}`], { type: b.type });

function history(steps: number): ChatMessage[] {
  const h: ChatMessage[] = [];
  for (let i = 1; i <= steps; i++) h.push(user(i), answer(i));
  return [...h, user(steps + 1)];
}

describe("agent requests", () => {
  it("reads the conversation as steps", () => {
    expect(agentSteps(history(2)).map((s) => [s.user.id, s.assistant?.id])).toEqual([["u1", "r1"], ["u2", "r2"], ["u3", undefined]]);
  });

  it("sends one user message: 4 half-size history shots, older ones omitted, current full size last", async () => {
    const req = await toAgentRequest(history(6), { ...settings, agent: settings.agent! }, encode, shrink);
    expect(req.messages).toHaveLength(1);
    const parts = req.messages[0].content as Array<{ type: string; text?: string; data?: string }>;
    expect(parts.filter((p) => p.type === "image").map((p) => p.data)).toEqual(["half-shot3", "half-shot4", "half-shot5", "half-shot6", "shot7"]);
    expect(parts.at(-1)).toMatchObject({ type: "image", data: "shot7" });
    expect(parts[0].text).toContain(`step 1: Screenshot:${OMITTED} Thought: Step 1.\nAction: left_click(start_box='[1,1]')\nstep 2: Screenshot:${OMITTED}`);
    expect(parts.at(-2)?.text).toContain('Memory:\n[{"n": 6}]\n# Output Format');
  });

  it("goes through toChatRequest when the conversation is an agent session", async () => {
    const req = await toChatRequest(history(0), settings, encode);
    expect(req.messages).toHaveLength(1);
    expect(req.messages[0].role).toBe("user");
  });

  it("adds typed text as a note and refuses a step without a screenshot", async () => {
    const h = [...history(0).slice(0, -1), user(1, "Use the dark theme")];
    const req = await toAgentRequest(h, { ...settings, agent: settings.agent! }, encode, shrink);
    expect((req.messages[0].content as Array<{ text?: string }>)[0].text).toContain("- Use the dark theme\n\nCurrent Screenshot:");
    const noShot: ChatMessage[] = [{ id: "u", role: "user", content: "hi", createdAt: 1 }];
    await expect(toAgentRequest(noShot, { ...settings, agent: settings.agent! }, encode, shrink)).rejects.toBeInstanceOf(AgentStepError);
  });
});
