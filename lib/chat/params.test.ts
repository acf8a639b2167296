import { describe, expect, it } from "vitest";
import { findModel } from "@/lib/glm/models";
import { paramInputs, paramLimits, parseParams } from "./params";

const limits = paramLimits(findModel("glm-4.5v"));

describe("chat parameters", () => {
  it("caps max tokens at the model's output limit, and falls back to the widest range", () => {
    expect(limits.maxTokens.max).toBe(16384);
    expect(paramLimits(undefined).maxTokens.max).toBe(1_000_000);
  });

  it("reads empty fields as the model default and accepts a decimal comma", () => {
    expect(parseParams({ temperature: "", topP: "", maxTokens: "" }, limits)).toEqual({ ok: true, value: {} });
    expect(parseParams({ temperature: "0,3", topP: "0.9", maxTokens: "512" }, limits)).toEqual({ ok: true, value: { temperature: 0.3, topP: 0.9, maxTokens: 512 } });
  });

  it("names every field out of range or not a number", () => {
    const result = parseParams({ temperature: "1.5", topP: "0", maxTokens: "20000" }, limits);
    expect(result).toEqual({ ok: false, invalid: ["temperature", "topP", "maxTokens"] });
    expect(parseParams({ temperature: "warm", topP: "", maxTokens: "2.5" }, limits)).toEqual({ ok: false, invalid: ["temperature", "maxTokens"] });
  });

  it("shows stored values back as text", () => {
    expect(paramInputs({ temperature: 0.2 })).toEqual({ temperature: "0.2", topP: "", maxTokens: "" });
  });
});
