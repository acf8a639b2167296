import { describe, expect, it } from "vitest";
import { findModel } from "@/lib/glm/models";
import { describeModel } from "@/lib/glm/model-list";
import { parseEnv } from "@/lib/server/env-schema";
import { checkChatRequest } from "./check";

const zai = parseEnv({ ZAI_PROTOCOL: "zai" });
const openai = parseEnv({ ZAI_PROTOCOL: "openai" });
const ask = { model: "glm-4.6", messages: [{ role: "user" as const, content: "hi" }] };

describe("checkChatRequest", () => {
  it("clamps max_tokens to the model's output limit on Z.ai only", () => {
    expect(checkChatRequest({ ...ask, max_tokens: 10 ** 7 }, zai, findModel("glm-4.6")!).max_tokens).toBe(131072);
    expect(checkChatRequest({ ...ask, max_tokens: 100 }, zai, findModel("glm-4.6")!).max_tokens).toBe(100);
    expect(checkChatRequest({ ...ask, max_tokens: 10 ** 7 }, openai, describeModel("glm-4.6")).max_tokens).toBe(10 ** 7);
  });

  it("allows web search for text models on Z.ai only", () => {
    expect(() => checkChatRequest({ ...ask, webSearch: true }, zai, findModel("glm-4.6")!)).not.toThrow();
    expect(() => checkChatRequest({ ...ask, webSearch: true }, zai, findModel("glm-4.5v")!)).toThrow(/cannot search the web/);
    expect(() => checkChatRequest({ ...ask, webSearch: true }, openai, describeModel("glm-4.6"))).toThrow(/self-hosted/);
  });
});
