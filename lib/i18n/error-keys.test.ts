import { describe, expect, it } from "vitest";
import { ERROR_CODES } from "@/lib/errors";
import en from "./messages/en.json";
import zh from "./messages/zh.json";
import { errorKey, isNotice, MESSAGE_CODES, usageReset, wordedBeforeAnswer, wordedByCatalogue } from "./error-keys";

describe("errorKey", () => {
  it("maps every wire code and notice to itself and anything else to unknown", () => {
    for (const code of ERROR_CODES) expect(errorKey(code)).toBe(code);
    expect(errorKey("length_thinking")).toBe("length_thinking");
    expect(errorKey("made_up")).toBe("unknown");
    expect(errorKey("")).toBe("unknown");
    expect(isNotice("length")).toBe(true);
    expect(isNotice("upstream_auth")).toBe(false);
  });

  it("words a lapsed session from the catalogue in English too (it ended: sign in again)", () => {
    expect(wordedByCatalogue("unauthorized")).toBe(true);
    expect(wordedByCatalogue("length")).toBe(true);
    expect(wordedByCatalogue("upstream_auth")).toBe(false);
    expect(en.errors.text.unauthorized).toBe("Your session has ended. Sign in again.");
  });

  it("has a title and a text in both catalogues for every code", () => {
    for (const catalogue of [en, zh]) {
      for (const key of [...MESSAGE_CODES, "unknown"]) {
        expect(catalogue.errors.title, key).toHaveProperty(key);
        expect(catalogue.errors.text, key).toHaveProperty(key);
      }
    }
  });
});

describe("wordedBeforeAnswer", () => {
  const before: Record<string, Record<string, string>> = { en: en.errors.textBeforeAnswer, zh: zh.errors.textBeforeAnswer };

  it("gives every text that promises Continue words for a card without it, in both catalogues", () => {
    const promising = Object.entries(en.errors.text).filter(([key, text]) => text.includes("Continue") || (zh.errors.text as Record<string, string>)[key]?.includes("继续"));
    expect(promising.map(([key]) => key).sort()).toEqual(["deleted_mid_answer", "length_budget", "network_error", "signed_out_mid_answer", "stream_interrupted", "upstream_timeout"]);
    for (const [key] of promising) {
      expect(wordedBeforeAnswer(key, false), key).toBe(key);
      for (const lang of ["en", "zh"]) expect(before[lang], `${lang} ${key}`).toHaveProperty(key);
      expect(before.en[key]).not.toContain("Continue");
      expect(before.zh[key]).not.toContain("继续");
    }
  });

  it("keeps the usual words while Continue is offered, and for codes that never promise it", () => {
    expect(wordedBeforeAnswer("signed_out_mid_answer", true)).toBeNull();
    expect(wordedBeforeAnswer("unauthorized", false)).toBeNull();
    expect(wordedBeforeAnswer("made_up", false)).toBeNull();
  });
});

describe("usageReset", () => {
  it("says whether the cap lifts today on the local clock", () => {
    const resetAt = new Date(2026, 7, 27, 21, 31, 39).toISOString();
    expect(usageReset(resetAt, new Date(2026, 7, 27, 12, 0).getTime())).toEqual({ at: new Date(resetAt), today: true });
    expect(usageReset(resetAt, new Date(2026, 7, 26, 12, 0).getTime())?.today).toBe(false);
  });
  it("is null without a readable time", () => {
    expect(usageReset(undefined, 0)).toBeNull();
    expect(usageReset("soon", 0)).toBeNull();
  });
});
