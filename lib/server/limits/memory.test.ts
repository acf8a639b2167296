import { describe, expect, it } from "vitest";
import { MemoryLimitStore } from "./memory";

describe("MemoryLimitStore", () => {
  it("stays bounded under many distinct clients", async () => {
    const store = new MemoryLimitStore(100);
    for (let i = 0; i < 1000; i++) await store.take(`ip-${i}`, { perMinute: 1, burst: 5 }, i);
    for (let i = 0; i < 1000; i++) await store.add(`n-${i}`, 1, 60_000);
    // The most recent keys survive; the oldest are the ones forgotten.
    expect((await store.take("ip-999", { perMinute: 1, burst: 1 }, 1000)).ok).toBe(true);
    expect(await store.get("n-999")).toBe(1);
    expect(await store.get("n-0")).toBe(0);
  });
});
