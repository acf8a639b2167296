import { describe, expect, it } from "vitest";
import { servedIdWorthShowing } from "./served-id";

describe("servedIdWorthShowing", () => {
  it("hides an API id that spells the name, shows one that says more", () => {
    expect(servedIdWorthShowing("glm-4.6v-flash", "GLM-4.6V Flash")).toBeUndefined();
    expect(servedIdWorthShowing("glm-4.5v", "GLM-4.5V")).toBeUndefined();
    expect(servedIdWorthShowing("zai-org/GLM-4.6V", "GLM-4.6V")).toBe("zai-org/GLM-4.6V");
    expect(servedIdWorthShowing("/mnt/models/GLM-4.5V-FP8", "GLM-4.5V")).toBe("/mnt/models/GLM-4.5V-FP8");
    expect(servedIdWorthShowing("glm-4.5v-fp8", "GLM-4.5V")).toBe("glm-4.5v-fp8");
  });
});
