import { describe, expect, it } from "vitest";
import { parseDrafts, withDraft } from "./drafts";

describe("drafts", () => {
  it("keeps one draft per conversation and drops an emptied one", () => {
    let drafts = withDraft({}, "a", "hello", 1);
    drafts = withDraft(drafts, "b", "other", 2);
    expect(drafts).toEqual({ a: { text: "hello", at: 1 }, b: { text: "other", at: 2 } });
    expect(withDraft(drafts, "a", "  ", 3)).toEqual({ b: { text: "other", at: 2 } });
  });

  it("keeps the newest 50 and caps a draft's length", () => {
    let drafts = {};
    for (let i = 0; i < 60; i++) drafts = withDraft(drafts, `c${i}`, "x", i);
    expect(Object.keys(drafts)).toHaveLength(50);
    expect(drafts).not.toHaveProperty("c9");
    expect(drafts).toHaveProperty("c10");
    expect(withDraft({}, "a", "y".repeat(200_000), 1).a.text).toHaveLength(100_000);
  });

  it("reads damaged or foreign storage as no drafts", () => {
    expect(parseDrafts("{not json")).toEqual({});
    expect(parseDrafts("[1]")).toEqual({});
    expect(parseDrafts('{"a":{"text":5,"at":1},"b":{"text":"ok","at":2}}')).toEqual({ b: { text: "ok", at: 2 } });
  });
});
