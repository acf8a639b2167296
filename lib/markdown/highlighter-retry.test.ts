import { describe, expect, it, vi } from "vitest";

// A grammar whose chunk fails once (offline, never fetched) and loads the next time.
const grammar = vi.hoisted(() => ({ failNext: true }));
vi.mock("./languages", async (original) => {
  const real = await original<typeof import("./languages")>();
  return {
    ...real,
    loadGrammar: async (id: string) => {
      if (grammar.failNext) {
        grammar.failNext = false;
        throw new Error("chunk failed");
      }
      return real.loadGrammar(id);
    },
  };
});
const { ensureLanguage } = await import("./highlighter");

describe("ensureLanguage", () => {
  it("asks for a grammar again after its fetch failed, rather than leaving that language plain for the page's life", async () => {
    expect(await ensureLanguage("python")).toBe(false);
    expect(await ensureLanguage("python")).toBe(true);
  });
});
