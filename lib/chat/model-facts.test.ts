import { afterEach, describe, expect, it } from "vitest";
import { describeModel } from "@/lib/glm/describe-model";
import { MODELS } from "@/lib/glm/models";
import { factsOf } from "./model-facts";
import { publishServedModels } from "./served-models";

afterEach(() => publishServedModels(MODELS));

describe("one model's facts for a control", () => {
  it("stay the same object when the server's list says what the catalogue said (no re-render on Z.ai)", () => {
    const before = factsOf("glm-4.6");
    publishServedModels(MODELS.map((m) => ({ ...m })));
    expect(factsOf("glm-4.6")).toBe(before);
  });

  it("change when the list changes what the control shows, and for a model only the server knows", () => {
    const before = factsOf("glm-4.5v");
    expect(factsOf("/mnt/models/GLM-4.6-FP8")).toBeUndefined();
    publishServedModels([{ ...describeModel("glm-4.5v"), name: "Team vision" }, describeModel("/mnt/models/GLM-4.6-FP8")]);
    expect(factsOf("glm-4.5v")).not.toBe(before);
    expect(factsOf("glm-4.5v")).toMatchObject({ name: "Team vision" });
    expect(factsOf("/mnt/models/GLM-4.6-FP8")).toMatchObject({ name: "GLM-4.6", images: false });
  });
});
