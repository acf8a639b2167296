import { describe, expect, it } from "vitest";
import type { ChatMessage } from "./message";
import { describeModel } from "@/lib/glm/describe-model";
import { MODELS } from "@/lib/glm/models";
import { publishServedModels } from "./served-models";
import { sentMediaSizes, toChatRequest } from "./to-request";

const image = { id: "i", kind: "image" as const, mimeType: "image/png", name: "a.png", size: 3, blob: new Blob(["abc"]) };
const history: ChatMessage[] = [
  { id: "1", role: "user", content: "first", attachments: [image], createdAt: 1 },
  { id: "2", role: "assistant", content: "answer", createdAt: 2 },
  { id: "3", role: "user", content: "", attachments: [image], createdAt: 3 },
  { id: "4", role: "assistant", content: "answer 2", createdAt: 4 },
  { id: "5", role: "user", content: "latest", attachments: [image], createdAt: 5 },
];
const encode = async () => "QUJD";

describe("toChatRequest", () => {
  it("drops old images when asked, keeping the latest message's", async () => {
    const req = await toChatRequest(history, { model: "glm-4.5v", thinking: true, dropOldImages: true }, encode);
    expect(req.messages.map((m) => m.content)).toEqual([
      "first",
      "answer",
      "(An image was here; it was left out to save context.)",
      "answer 2",
      [{ type: "image", mimeType: "image/png", data: "QUJD" }, { type: "text", text: "latest" }],
    ]);
    const all = await toChatRequest(history, { model: "glm-4.5v", thinking: true }, encode);
    expect(all.messages.filter((m) => Array.isArray(m.content))).toHaveLength(3);
  });

  it("judges a self-hosted model by the server's list: zai-org/GLM-4.7 is text only, named GLM-4.7", async () => {
    publishServedModels([describeModel("zai-org/GLM-4.7")]);
    try {
      const sent = (await toChatRequest(history, { model: "zai-org/GLM-4.7", thinking: true }, encode)).messages.map((m) => m.content);
      expect(sent[0]).toBe("first\n\n(Files attached here were left out: GLM-4.7 reads text only.)");
    } finally {
      publishServedModels(MODELS);
    }
  });

  it("sends a text-only model the earlier questions without their files, saying so, and the latest as it is", async () => {
    const sent = (await toChatRequest(history, { model: "glm-4.6", thinking: true }, encode)).messages.map((m) => m.content);
    const note = "(Files attached here were left out: GLM-4.6 reads text only.)";
    expect(sent.slice(0, 3)).toEqual([`first\n\n${note}`, "answer", note]);
    expect(sent[4]).toEqual([{ type: "image", mimeType: "image/png", data: "QUJD" }, { type: "text", text: "latest" }]);
  });

  it("asks for web search only for text models", async () => {
    const text = [{ id: "1", role: "user" as const, content: "news", createdAt: 1 }];
    expect((await toChatRequest(text, { model: "glm-4.6", thinking: true, webSearch: true }, encode)).webSearch).toBe(true);
    expect((await toChatRequest(text, { model: "glm-4.5v", thinking: true, webSearch: true }, encode)).webSearch).toBeUndefined();
    expect((await toChatRequest(text, { model: "glm-4.6", thinking: true }, encode)).webSearch).toBeUndefined();
  });
});

const msg = (role: ChatMessage["role"], content: string): ChatMessage => ({ id: content, role, content, createdAt: 1, status: "done" });
const imported = [msg("system", "Imported: always answer in French"), msg("user", "Hello"), msg("assistant", "Hi"), msg("user", "Again")];

describe("toChatRequest and imported system messages", () => {
  it("leaves system messages of the history out unless the conversation turns them on", async () => {
    const settings = { model: "glm-4.5v", thinking: true };
    const off = await toChatRequest(imported, settings, encode);
    expect(off.messages.map((m) => m.role)).toEqual(["user", "assistant", "user"]);
    expect(JSON.stringify(off)).not.toContain("French");
    const on = await toChatRequest(imported, { ...settings, sendSystemMessages: true }, encode);
    expect(on.messages[0]).toEqual({ role: "system", content: "Imported: always answer in French" });
  });

  it("always sends the user's own system prompt", async () => {
    const req = await toChatRequest(imported, { model: "glm-4.5v", thinking: true, systemPrompt: "Be brief." }, encode);
    expect(req.messages[0]).toEqual({ role: "system", content: "Be brief." });
    expect(req.messages.filter((m) => m.role === "system")).toHaveLength(1);
  });
});

describe("toChatRequest with custom instructions and parameters", () => {
  const history = [{ id: "u", role: "user" as const, content: "Hi", createdAt: 1 }];

  it("sends custom instructions before the chat's own system prompt, as one system message", async () => {
    const req = await toChatRequest(history, { model: "glm-4.6", thinking: true, systemPrompt: "Be brief.", customInstructions: " I am a nurse. " }, encode);
    expect(req.messages[0]).toEqual({ role: "system", content: "I am a nurse.\n\nBe brief." });
    expect(req.messages.filter((m) => m.role === "system")).toHaveLength(1);
  });

  it("puts what a continued chat carries over between the custom instructions and its own prompt", async () => {
    const carriedOver = { fromId: "c0", fromTitle: "Cats", text: "Earlier: the cat is on the mat.", included: 2, total: 2 };
    const req = await toChatRequest(history, { model: "glm-4.6", thinking: true, systemPrompt: "Be brief.", customInstructions: "I am a nurse.", carriedOver }, encode);
    expect(req.messages[0]).toEqual({ role: "system", content: "I am a nurse.\n\nEarlier: the cat is on the mat.\n\nBe brief." });
  });

  it("sends the chat's temperature, top_p and max tokens only when set", async () => {
    const set = await toChatRequest(history, { model: "glm-4.6", thinking: true, temperature: 0.2, topP: 0.5, maxTokens: 300 }, encode);
    expect(set).toMatchObject({ temperature: 0.2, top_p: 0.5, max_tokens: 300 });
    const unset = await toChatRequest(history, { model: "glm-4.6", thinking: true }, encode);
    expect(unset).not.toHaveProperty("temperature");
    expect(unset).not.toHaveProperty("max_tokens");
  });
});

describe("sentMediaSizes", () => {
  const sized = history.map((m, i) => (m.attachments ? { ...m, attachments: [{ ...image, size: 10 * (i + 1) }] } : m));

  it("splits the question's own files from the earlier ones a vision model is sent", () => {
    expect(sentMediaSizes(sized, { model: "glm-4.5v", thinking: true })).toEqual({ own: [50], earlier: [10, 30] });
  });

  it("counts no earlier files once they are left out (dropped, or a text-only model), as the request does", () => {
    expect(sentMediaSizes(sized, { model: "glm-4.5v", thinking: true, dropOldImages: true })).toEqual({ own: [50], earlier: [] });
    expect(sentMediaSizes(sized, { model: "glm-4.6", thinking: true })).toEqual({ own: [50], earlier: [] });
  });
});
