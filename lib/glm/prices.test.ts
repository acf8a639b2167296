import { describe, expect, it } from "vitest";
import { costOf, parsePriceFile, parsePrices, priceOf } from "./prices";

describe("prices", () => {
  it("defaults to Z.ai's published prices, free for *-flash, none for unknown or self-hosted models", () => {
    expect(priceOf("glm-4.5v", {}, true)).toMatchObject({ input: 0.6, output: 1.8 });
    expect(priceOf("glm-4.7-flash", {}, true)).toEqual({ input: 0, output: 0 });
    expect(priceOf("glm-9-flash", {}, true)).toEqual({ input: 0, output: 0 });
    expect(priceOf("mystery", {}, true)).toBeUndefined();
    expect(priceOf("glm-4.5v", {}, false)).toBeUndefined();
  });

  it("MODEL_PRICES overrides win, also on self-hosted servers", () => {
    const table = parsePrices("glm-4.5v=1/2/0.5, zai-org/GLM-4.6V=0\nfree-one = 0");
    expect(table).toEqual({ "glm-4.5v": { input: 1, output: 2, cachedInput: 0.5 }, "zai-org/GLM-4.6V": { input: 0, output: 0 }, "free-one": { input: 0, output: 0 } });
    expect(priceOf("zai-org/GLM-4.6V", table, false)).toEqual({ input: 0, output: 0 });
  });

  it("reads a price file with comments, naming the file when it is missing or wrong", () => {
    const files: Record<string, string> = { "/p.txt": "# our contract\nglm-4.5v=0.5/1.5\n\nmy-glm=0\n", "/bad.txt": "glm-4.5v=lots" };
    const read = (path: string) => {
      if (!(path in files)) throw new Error("ENOENT");
      return files[path];
    };
    expect(parsePriceFile("/p.txt", read)).toEqual({ "glm-4.5v": { input: 0.5, output: 1.5 }, "my-glm": { input: 0, output: 0 } });
    expect(() => parsePriceFile("/missing.txt", read)).toThrow("MODEL_PRICES_FILE: cannot read /missing.txt");
    expect(() => parsePriceFile("/bad.txt", read)).toThrow(/MODEL_PRICES_FILE \(\/bad.txt\): cannot read "glm-4.5v=lots"/);
  });

  it("names the bad entry", () => {
    expect(() => parsePrices("glm-4.5v=cheap")).toThrow(/MODEL_PRICES: cannot read "glm-4.5v=cheap"/);
    expect(() => parsePrices("glm-4.5v=0.6")).toThrow(/MODEL_PRICES/);
  });

  it("charges cached prompt tokens at the cached price", () => {
    const price = { input: 0.6, output: 1.8, cachedInput: 0.11 };
    expect(costOf({ promptTokens: 1_000_000, completionTokens: 1_000_000 }, price)).toBeCloseTo(2.4, 6);
    expect(costOf({ promptTokens: 1_000_000, completionTokens: 0, cachedTokens: 500_000 }, price)).toBeCloseTo(0.355, 6);
    expect(costOf({ promptTokens: 1000, completionTokens: 10 }, price)).toBeCloseTo(0.000618, 6);
  });
});
