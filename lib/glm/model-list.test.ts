import { describe, expect, it } from "vitest";
import { describeModel, describeServed, parseModelsSetting, readModelIds } from "./model-list";

describe("describeModel", () => {
  it("uses the catalogue for known ids, whatever the prefix or case, keeping the served id", () => {
    const m = describeModel("zai-org/GLM-4.6V");
    expect(m).toMatchObject({ id: "zai-org/GLM-4.6V", images: true, contextTokens: 128 * 1024, maxOutputTokens: 32768 });
    expect(describeModel("glm-4.5v")).toMatchObject({ id: "glm-4.5v", name: "GLM-4.5V", contextTokens: 64 * 1024 });
    expect(describeModel("zai-org/GLM-4.7-FP8")).toMatchObject({ templateThink: true, images: false, contextTokens: 200 * 1024 });
  });

  it("names a catalogue match by the catalogue, whatever path or quantization vLLM serves it under", () => {
    expect(describeModel("/mnt/models/GLM-4.5V-FP8")).toMatchObject({ id: "/mnt/models/GLM-4.5V-FP8", name: "GLM-4.5V", images: true });
    expect(describeModel("zai-org/GLM-4.5V")).toMatchObject({ id: "zai-org/GLM-4.5V", name: "GLM-4.5V" });
  });

  it("names an unknown path by its last segment, keeping the whole path as the id", () => {
    expect(describeModel("/mnt/models/my-finetune-v2")).toMatchObject({ id: "/mnt/models/my-finetune-v2", name: "my-finetune-v2" });
    expect(describeModel("THUDM/GLM-4.1V-9B-Thinking").name).toBe("GLM-4.1V-9B-Thinking");
  });

  it("guesses unknown names from the family", () => {
    expect(describeModel("THUDM/GLM-4.1V-9B-Thinking")).toMatchObject({ images: true, video: true, contextTokens: 64 * 1024, maxOutputTokens: 16384, templateThink: false });
    expect(describeModel("my-glm-4.6v-finetune")).toMatchObject({ images: true, contextTokens: 128 * 1024 });
    expect(describeModel("glm-5.2-preview")).toMatchObject({ images: false, contextTokens: 200 * 1024, templateThink: true });
    expect(describeModel("llama-3")).toMatchObject({ images: false, contextTokens: 128 * 1024, name: "llama-3" });
  });
});

describe("describeServed", () => {
  it("keeps the served ids as names when two variants would read alike", () => {
    const models = describeServed(["/mnt/models/GLM-4.5V-FP8", "/mnt/models/GLM-4.5V-BF16", "zai-org/GLM-4.6V"]);
    expect(models.map((m) => [m.id, m.name])).toEqual([
      ["/mnt/models/GLM-4.5V-FP8", "/mnt/models/GLM-4.5V-FP8"],
      ["/mnt/models/GLM-4.5V-BF16", "/mnt/models/GLM-4.5V-BF16"],
      ["zai-org/GLM-4.6V", "GLM-4.6V"],
    ]);
  });

  it("counts a clash whatever the case, and an unknown path's segment against a catalogue name", () => {
    expect(describeServed(["a/tuned", "b/TUNED"]).map((m) => m.name)).toEqual(["a/tuned", "b/TUNED"]);
    expect(describeServed(["glm-4.6v", "/ckpt/GLM-4.6V"]).map((m) => m.name)).toEqual(["glm-4.6v", "/ckpt/GLM-4.6V"]);
  });

  it("never replaces the operator's own name, even when it clashes", () => {
    const models = describeServed(["/m/GLM-4.5V-FP8", "/m/GLM-4.5V-BF16"], ["Vision fast", undefined]);
    expect(models.map((m) => m.name)).toEqual(["Vision fast", "GLM-4.5V"]);
    expect(describeServed(["/m/a", "/m/b"], ["Same", "Same"]).map((m) => m.name)).toEqual(["Same", "Same"]);
  });
});

describe("parseModelsSetting (ZAI_MODELS)", () => {
  it("reads comma-separated ids", () => {
    expect(parseModelsSetting("glm-4.5v, zai-org/GLM-4.6V ,").map((m) => m.id)).toEqual(["glm-4.5v", "zai-org/GLM-4.6V"]);
  });

  it("names listed ids cleanly, and clashing ones by their ids", () => {
    expect(parseModelsSetting("/mnt/a/GLM-4.6V-FP8, /mnt/models/custom").map((m) => m.name)).toEqual(["GLM-4.6V", "custom"]);
    expect(parseModelsSetting("/a/GLM-4.6V-FP8,/a/GLM-4.6V-BF16").map((m) => m.name)).toEqual(["/a/GLM-4.6V-FP8", "/a/GLM-4.6V-BF16"]);
    const json = parseModelsSetting('[{"id":"/mnt/models/GLM-4.5V-FP8"},{"id":"/mnt/models/GLM-4.5V-BF16","name":"GLM-4.5V"}]');
    expect(json.map((m) => [m.id, m.name])).toEqual([["/mnt/models/GLM-4.5V-FP8", "/mnt/models/GLM-4.5V-FP8"], ["/mnt/models/GLM-4.5V-BF16", "GLM-4.5V"]]);
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
