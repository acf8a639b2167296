import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { memoryStorage } from "@/test/memory-storage";
import { loadAgentDraft, parseAgentDraft, saveAgentDraft } from "./agent-draft";

describe("agent draft", () => {
  beforeEach(() => vi.stubGlobal("localStorage", memoryStorage()));
  afterEach(() => vi.unstubAllGlobals());

  it("keeps the new chat's session until it is forgotten", () => {
    saveAgentDraft({ task: "open the settings", platform: "android" });
    expect(loadAgentDraft()).toEqual({ task: "open the settings", platform: "android" });
    saveAgentDraft(undefined);
    expect(loadAgentDraft()).toBeUndefined();
  });

  it("reads damaged or foreign storage as no session", () => {
    expect(parseAgentDraft("{not json")).toBeUndefined();
    expect(parseAgentDraft('{"task":"x","platform":"amiga"}')).toBeUndefined();
    expect(parseAgentDraft('{"task":5,"platform":"ubuntu"}')).toBeUndefined();
  });
});
