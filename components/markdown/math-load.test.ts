import { describe, expect, it, vi } from "vitest";

const network = vi.hoisted(() => ({ up: false }));
// KaTeX's chunk fetched while offline fails; once the connection is back it loads.
vi.mock("katex", async (importOriginal) => {
  if (!network.up) throw new Error("Failed to fetch dynamically imported module");
  return importOriginal();
});

const { preloadMath } = await import("./math");

describe("preloadMath", () => {
  it("forgets a load that failed, so the next formula asks again", async () => {
    await expect(preloadMath()).rejects.toThrow();
    network.up = true;
    const katex = await preloadMath();
    expect(katex.renderToString("x^2")).toContain("katex");
  });
});
