import { describe, expect, it } from "vitest";
import { exportFileSchema } from "@/lib/store/persist/export-json";
import type { PublicShare } from "@/lib/server/share/view";
import { shareToExport } from "./continue";
import { canContinue } from "@/lib/chat/continuable";
import { answeredInReasoningOnly, finishNotice } from "@/lib/chat/outcome";

const share: PublicShare = {
  id: "S1", url: "/s/S1", title: "Shapes", createdAt: 100, sharedAt: 200, updatedAt: 200, expiresAt: null,
  messages: [
    { role: "user", content: "Where?", createdAt: 101, attachments: [{ asset: 0, kind: "image", mimeType: "image/png", name: "shapes.png", width: 10, height: 5, size: 4, url: "/s/S1/assets/0" }] },
    { role: "assistant", content: "Left.", reasoning: "hmm", reasoningMs: 900, model: "glm-4.5v", createdAt: 102 },
  ],
};

describe("shareToExport", () => {
  it("makes a valid export with fresh ids every time", () => {
    let n = 0;
    const file = shareToExport(share, { assets: new Map([[0, "iVBORw=="]]), makeId: () => `id${++n}`, now: 500 });
    expect(exportFileSchema.safeParse(file).success).toBe(true);
    const [entry] = file.conversations;
    expect(entry.conversation).toMatchObject({ id: "id1", title: "Shapes", createdAt: 100, updatedAt: 500, settings: { model: "glm-4.5v" } });
    expect(entry.messages.map((m) => m.id)).toEqual(["id2", "id4"]);
    expect(entry.messages[0].attachments).toEqual([
      { id: "id3", kind: "image", mimeType: "image/png", name: "shapes.png", width: 10, height: 5, size: 4, data: "iVBORw==" },
    ]);
    expect(entry.messages[1]).toMatchObject({ reasoning: "hmm", reasoningMs: 900, status: "done" });
    const again = shareToExport(share, { assets: new Map(), now: 500 });
    expect(again.conversations[0].conversation.id).not.toBe(entry.conversation.id);
  });

  it("brings a shared PDF page back as a page of its document", () => {
    const doc = { docId: "d1", name: "report.pdf", page: 1, pageCount: 2 };
    const withDoc = { ...share, messages: [{ ...share.messages[0], attachments: [{ ...share.messages[0].attachments![0], doc }] }] };
    const file = shareToExport(withDoc, { assets: new Map([[0, "iVBORw=="]]), now: 500 });
    expect(exportFileSchema.safeParse(file).success).toBe(true);
    expect(file.conversations[0].messages[0].attachments?.[0].doc).toEqual(doc);
  });

  it("leaves out media it could not load and falls back to the default model", () => {
    const file = shareToExport({ ...share, messages: [share.messages[0], { ...share.messages[1], model: "not-a-model" }] }, { assets: new Map() });
    expect(file.conversations[0].messages[0].attachments).toBeUndefined();
    expect(file.conversations[0].conversation.settings.model).toBe("glm-4.5v");
  });

  it("on a server that serves its own names, goes on with the last answer's served model, else the server's default", () => {
    const selfHosted = { ...share, messages: [share.messages[0], { ...share.messages[1], model: "zai-org/GLM-4.7" }] };
    const served = { ids: ["zai-org/GLM-4.6V", "zai-org/GLM-4.7"], defaultModel: "zai-org/GLM-4.6V" };
    expect(shareToExport(selfHosted, { assets: new Map(), served }).conversations[0].conversation.settings.model).toBe("zai-org/GLM-4.7");
    // The catalogue's glm-4.5v is not served there: the server's default, not a 404 at the first question.
    expect(shareToExport(share, { assets: new Map(), served }).conversations[0].conversation.settings.model).toBe("zai-org/GLM-4.6V");
  });

  it("leaves out a failed answer that said nothing, and keeps a cut one cut", () => {
    const ended = {
      ...share,
      messages: [
        share.messages[0],
        { role: "assistant" as const, content: "", finishReason: "error" as const, error: { code: "upstream_rate_limited" }, createdAt: 102 },
        { role: "user" as const, content: "Again", createdAt: 103 },
        { role: "assistant" as const, content: "Cut in the mid", finishReason: "length" as const, createdAt: 104 },
      ],
    };
    const file = shareToExport(ended, { assets: new Map(), now: 500 });
    expect(exportFileSchema.safeParse(file).success).toBe(true);
    expect(file.conversations[0].messages.map((m) => [m.content, m.finishReason])).toEqual([["Where?", undefined], ["Again", undefined], ["Cut in the mid", "length"]]);
  });

  it("keeps a cut, stopped or failed answer so in the copy, with the Continue the app offers it", () => {
    const ask = (content: string, createdAt: number) => ({ role: "user" as const, content, createdAt });
    const ended: PublicShare = {
      ...share,
      messages: [
        ask("One", 1),
        { role: "assistant", content: "Partial answer before", finishReason: "network_error", createdAt: 2 },
        ask("Two", 3),
        { role: "assistant", content: "Half a tho", finishReason: "aborted", createdAt: 4 },
        ask("Three", 5),
        { role: "assistant", content: "Partial before the drop", finishReason: "error", error: { code: "stream_interrupted" }, createdAt: 6 },
        ask("Four", 7),
        { role: "assistant", content: "Half", finishReason: "budget", createdAt: 8 },
        ask("Five", 9),
        { role: "assistant", content: "Done.", createdAt: 10 },
      ],
    };
    const file = shareToExport(ended, { assets: new Map(), now: 500 });
    expect(exportFileSchema.safeParse(file).success).toBe(true);
    const answers = file.conversations[0].messages.filter((m) => m.role === "assistant");
    expect(answers.map((m) => [m.status, m.finishReason, m.error?.code])).toEqual([
      ["done", "network_error", undefined],
      ["done", "aborted", undefined],
      ["error", "error", "stream_interrupted"],
      ["done", "length", undefined],
      ["done", "stop", undefined],
    ]);
    expect(answers.map((m) => canContinue(m))).toEqual([true, true, true, true, false]);
  });

  it("keeps answers without text that have something to show: thinking until the cap, reasoning, a tool call", () => {
    const call = { id: "call_0", name: "get_weather", arguments: '{"city":"Beijing"}' };
    const textless: PublicShare = {
      ...share,
      messages: [
        { role: "user", content: "Think", createdAt: 1 },
        { role: "assistant", content: "", reasoning: "I keep considering", finishReason: "length", createdAt: 2 },
        { role: "user", content: "Answer", createdAt: 3 },
        { role: "assistant", content: "", reasoning: "It is 4.", createdAt: 4 },
        { role: "user", content: "Weather?", createdAt: 5 },
        { role: "assistant", content: "", finishReason: "tool_calls", toolCalls: [call], createdAt: 6 },
        { role: "user", content: "Hidden", createdAt: 7 },
        // Reasoning only, the reasoning not shared: nothing left to show in a chat.
        { role: "assistant", content: "", createdAt: 8 },
      ],
    };
    const file = shareToExport(textless, { assets: new Map(), now: 500 });
    expect(exportFileSchema.safeParse(file).success).toBe(true);
    const messages = file.conversations[0].messages;
    expect(messages.map((m) => m.content || m.role)).toEqual(["Think", "assistant", "Answer", "assistant", "Weather?", "assistant", "Hidden"]);
    expect(finishNotice(messages[1])?.code).toBe("length_thinking");
    expect(answeredInReasoningOnly(messages[3])).toBe(true);
    expect(messages[5]).toMatchObject({ finishReason: "tool_calls", toolCalls: [call] });
  });
});
