import { afterEach, describe, expect, it } from "vitest";
import { describeModel } from "@/lib/glm/describe-model";
import { MODELS } from "@/lib/glm/models";
import { modelNameOf, publishServedModels, servedModel, subscribeServedModels } from "./served-models";

afterEach(() => publishServedModels(MODELS));

describe("the served models as the page last heard them", () => {
  it("before the server's list: the catalogue, and clean names for ids it lacks", () => {
    expect(servedModel("glm-4.6")).toMatchObject({ name: "GLM-4.6", images: false });
    expect(servedModel("/mnt/models/GLM-4.6-FP8")).toBeUndefined();
    expect(modelNameOf("/mnt/models/GLM-4.5V-FP8")).toBe("GLM-4.5V");
    expect(modelNameOf("/mnt/models/my-finetune")).toBe("my-finetune");
  });

  it("a self-hosted list: its entries' abilities and the operator's names, and each listener told once per list", () => {
    let told = 0;
    const stop = subscribeServedModels(() => told++);
    const list = [describeModel("/mnt/models/GLM-4.6-FP8"), describeModel("vision-prod", "Team vision")];
    publishServedModels(list);
    publishServedModels(list);
    expect(told).toBe(1);
    expect(servedModel("/mnt/models/GLM-4.6-FP8")).toMatchObject({ name: "GLM-4.6", images: false });
    expect(modelNameOf("vision-prod")).toBe("Team vision");
    // A conversation's model the server no longer lists keeps the catalogue's facts.
    expect(servedModel("glm-4.5v")).toMatchObject({ images: true });
    stop();
    publishServedModels(MODELS);
    expect(told).toBe(1);
  });
});
