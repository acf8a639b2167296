import { describe, expect, it } from "vitest";
import type { SharedLink } from "@/lib/share-client/links";
import { mergeLinks, mergeSettings } from "./profile-merge";

const link = (id: string, createdAt: number, extra: Partial<SharedLink> = {}): SharedLink => ({
  id, title: id, url: `/s/${id}`, deleteToken: `token-${id}`, createdAt, messageCount: 2, conversationId: `c-${id}`, ...extra,
});

describe("mergeSettings", () => {
  const file = { customInstructions: "Answer in French.", model: "glm-4.5v", thinking: false, thinkingByModel: { "glm-4.5v": false }, theme: "dark" as const, language: "zh", agentPanelCollapsed: true };

  it("restores everything into a profile that has chosen nothing (a fresh browser, after Delete all)", () => {
    expect(mergeSettings({}, file)).toEqual({ restore: file });
  });

  it("never replaces a choice made here, and offers differing custom instructions instead of taking them", () => {
    const local = { customInstructions: "Be brief.", model: "glm-4.6", thinking: true, thinkingByModel: { "glm-4.6": true }, theme: "light" as const, language: "en", agentPanelCollapsed: false };
    const { restore, differingInstructions } = mergeSettings(local, file);
    expect(differingInstructions).toBe("Answer in French.");
    // Only the file's thinking choice for a model this profile never set is added.
    expect(restore).toEqual({ thinkingByModel: { "glm-4.5v": false, "glm-4.6": true } });
  });

  it("asks nothing when the instructions are the same, and takes the file's over blank ones", () => {
    expect(mergeSettings({ customInstructions: "Answer in French. " }, { customInstructions: "Answer in French." })).toEqual({ restore: {} });
    expect(mergeSettings({ customInstructions: "  " }, { customInstructions: "Answer in French." })).toEqual({ restore: { customInstructions: "Answer in French." } });
  });

  it("treats the empty model that other saves leave as no choice, and takes the model with its thinking switch", () => {
    expect(mergeSettings({ model: "", thinking: true }, { model: "glm-4.5v", thinking: false }).restore).toEqual({ model: "glm-4.5v", thinking: false });
  });
});

describe("mergeLinks", () => {
  it("adds the file's links not here, keeps this browser's copy of one it has, newest first", () => {
    const here = [link("b", 20, { title: "renamed here" })];
    const { links, added } = mergeLinks(here, [link("a", 10), link("b", 20), link("c", 30), link("c", 30)]);
    expect(added).toBe(2);
    expect(links.map((l) => [l.id, l.title])).toEqual([["c", "c"], ["b", "renamed here"], ["a", "a"]]);
    expect(links.find((l) => l.id === "a")?.deleteToken).toBe("token-a");
  });

  it("leaves the list as it is when the file adds nothing", () => {
    const here = [link("a", 10), link("b", 20)];
    expect(mergeLinks(here, [link("b", 20)])).toEqual({ links: here, added: 0 });
  });
});
