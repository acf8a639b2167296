import { describe, expect, it, vi } from "vitest";

vi.mock("server-only", () => ({}));
const { titleModelOf } = await import("./title");

describe("titleModelOf", () => {
  it("defaults to the free flash model on Z.ai and in demo mode, and is off on a self-hosted server", () => {
    expect(titleModelOf({ ZAI_PROTOCOL: "zai", ZAI_API_KEY: "k", TITLE_MODEL: undefined })).toBe("glm-4.5-flash");
    expect(titleModelOf({ ZAI_PROTOCOL: "zai", ZAI_API_KEY: undefined, TITLE_MODEL: undefined })).toBe("glm-4.5-flash");
    expect(titleModelOf({ ZAI_PROTOCOL: "openai", ZAI_API_KEY: "k", TITLE_MODEL: undefined })).toBeUndefined();
  });

  it("follows TITLE_MODEL, and `off` turns titles off", () => {
    expect(titleModelOf({ ZAI_PROTOCOL: "openai", ZAI_API_KEY: "k", TITLE_MODEL: "glm-4.5v" })).toBe("glm-4.5v");
    expect(titleModelOf({ ZAI_PROTOCOL: "zai", ZAI_API_KEY: "k", TITLE_MODEL: "OFF" })).toBeUndefined();
  });
});
