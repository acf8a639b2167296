import { describe, expect, it } from "vitest";
import { abilityKeywords, contextLabel, modelAbilities } from "./abilities";
import { findModel } from "./models";

describe("model abilities", () => {
  it("lists vision, video, free and the context size of a free vision model", () => {
    expect(modelAbilities(findModel("glm-4.6v-flash")!).map((a) => a.label)).toEqual(["Vision", "Video", "Free", "128K context"]);
  });
  it("a text model shows only what it has", () => {
    expect(modelAbilities(findModel("glm-4.6")!).map((a) => a.id)).toEqual(["context"]);
    expect(modelAbilities(findModel("glm-5.1")!).map((a) => a.id)).toEqual(["always-thinks", "context"]);
  });
  it("search keywords let 'text' and 'free' find models", () => {
    expect(abilityKeywords(findModel("glm-4.5-flash")!)).toMatch(/\btext\b.*\bfree\b/);
    expect(abilityKeywords(findModel("glm-4.5v")!)).toContain("vision");
    expect(contextLabel(200 * 1024)).toBe("200K context");
  });
});
