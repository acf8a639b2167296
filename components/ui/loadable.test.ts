import { describe, expect, it, vi } from "vitest";
import { loadable } from "./loadable";

describe("loadable", () => {
  it("asks for the code again after a failed fetch (offline), rather than failing for the page's life", async () => {
    const Component = () => null;
    const load = vi.fn<() => Promise<typeof Component>>().mockRejectedValueOnce(new Error("chunk failed")).mockResolvedValueOnce(Component);
    const part = loadable(load, { when: "asked" });
    await expect(part.preload()).rejects.toThrow("chunk failed");
    await expect(part.preload()).resolves.toBe(Component);
    expect(load).toHaveBeenCalledTimes(2);
  });
});
