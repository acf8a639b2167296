import { describe, expect, it } from "vitest";
import { servedSettings } from "./served-default";

const keep = (_model: string, current: boolean) => current;
const fresh = (model: string) => ({ defaults: { model, thinking: true }, conversation: { settings: { model, thinking: true } }, saved: false, messages: [] });

describe("a new chat's model once the server's list is known", () => {
  it("moves an unserved default and an untouched new chat to the server's default", () => {
    expect(servedSettings(fresh("glm-4.5v"), ["/mnt/models/GLM-4.5V-FP8"], "/mnt/models/GLM-4.5V-FP8", keep)).toEqual({
      defaults: { model: "/mnt/models/GLM-4.5V-FP8", thinking: true },
      settings: { model: "/mnt/models/GLM-4.5V-FP8", thinking: true },
    });
  });

  it("changes nothing when the model is served (Z.ai: the catalogue), or when the server's default is not in its own list", () => {
    expect(servedSettings(fresh("glm-4.5v"), ["glm-4.5v", "glm-4.6"], "glm-4.5v", keep)).toBeNull();
    expect(servedSettings(fresh("zai-org/GLM-4.7"), ["zai-org/GLM-4.6V", "zai-org/GLM-4.7"], "zai-org/GLM-4.6V", keep)).toBeNull();
    expect(servedSettings(fresh("glm-4.5v"), ["a"], "b", keep)).toBeNull();
  });

  it("keeps a chat that has messages on its model (its answers were written by it); its next new chat still moves", () => {
    const open = { ...fresh("glm-4.5v"), saved: true, messages: [{}] };
    expect(servedSettings(open, ["x"], "x", keep)).toEqual({ defaults: { model: "x", thinking: true } });
  });

  it("takes the server default's thinking rule (a model that cannot turn thinking off)", () => {
    const state = { ...fresh("glm-4.5v"), defaults: { model: "glm-4.5v", thinking: false }, conversation: { settings: { model: "glm-4.5v", thinking: false } } };
    expect(servedSettings(state, ["locked"], "locked", () => true)).toMatchObject({ defaults: { thinking: true }, settings: { thinking: true } });
  });
});
