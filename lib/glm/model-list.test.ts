import { describe, expect, it } from "vitest";
import { describeModel, parseModelsSetting, readModelIds } from "./model-list";

describe("describeModel", () => {
  it("uses the catalogue for known ids, whatever the prefix or case, keeping the served id", () => {
    const m = describeModel("zai-org/GLM-4.6V");
    expect(m).toMatchObject({ id: "zai-org/GLM-4.6V", images: true, contextTokens: 128 * 1024, maxOutputTokens: 32768 });
    expect(describeModel("glm-4.5v")).toMatchObject({ id: "glm-4.5v", name: "GLM-4.5V", contextTokens: 64 * 1024 });
    expect(describeModel("zai-org/GLM-4.7-FP8")).toMatchObject({ templateThink: true, images: false, contextTokens: 200 * 1024 });
  });

  it("guesses unknown names from the family", () => {
    expect(describeModel("THUDM/GLM-4.1V-9B-Thinking")).toMatchObject({ images: true, video: true, contextTokens: 64 * 1024, maxOutputTokens: 16384, templateThink: false });
    expect(describeModel("my-glm-4.6v-finetune")).toMatchObject({ images: true, contextTokens: 128 * 1024 });
    expect(describeModel("glm-5.2-preview")).toMatchObject({ images: false, contextTokens: 200 * 1024, templateThink: true });
    expect(describeModel("llama-3")).toMatchObject({ images: false, contextTokens: 128 * 1024, name: "llama-3" });
  });
});

describe("parseModelsSetting (ZAI_MODELS)", () => {
  it("reads comma-separated ids", () => {
    expect(parseModelsSetting("glm-4.5v, zai-org/GLM-4.6V ,").map((m) => m.id)).toEqual(["glm-4.5v", "zai-org/GLM-4.6V"]);
  });

  it("reads a JSON array with overrides", () => {
    const [m] = parseModelsSetting('[{"id":"tuned","name":"Tuned","images":true,"contextTokens":32768}]');
    expect(m).toMatchObject({ id: "tuned", name: "Tuned", images: true, video: true, maxImages: 50, contextTokens: 32768 });
  });

  it("names the variable on bad input", () => {
    expect(() => parseModelsSetting("[{")).toThrow(/ZAI_MODELS/);
    expect(() => parseModelsSetting('[{"id":""}]')).toThrow(/ZAI_MODELS: 0.id/);
  });
});

describe("readModelIds", () => {
  it("reads the OpenAI list shape and ignores junk", () => {
    expect(readModelIds({ object: "list", data: [{ id: "a" }, { id: 3 }, {}, { id: "a" }, { id: "b" }] })).toEqual(["a", "b"]);
    expect(readModelIds({ models: [] })).toEqual([]);
    expect(readModelIds(null)).toEqual([]);
  });
});
