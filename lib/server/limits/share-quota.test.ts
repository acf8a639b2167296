import { describe, expect, it } from "vitest";
import { MemoryLimitStore } from "./memory";
import { chargeShareQuota } from "./share-quota";

const quota = { perClient: 3, bytesPerClient: 1000, total: 5, bytesTotal: 10_000 };
const now = Date.UTC(2026, 0, 1, 12);

describe("share quotas", () => {
  it("caps shares per client per day, and refusals cost nothing", async () => {
    const store = new MemoryLimitStore();
    for (let i = 0; i < 3; i++) await chargeShareQuota(store, "a", 10, quota, now);
    await expect(chargeShareQuota(store, "a", 10, quota, now)).rejects.toMatchObject({ status: 429, message: /one address may today/ });
    await expect(chargeShareQuota(store, "a", 10, quota, now)).rejects.toMatchObject({ status: 429 });
    // The next day starts afresh.
    await expect(chargeShareQuota(store, "a", 10, quota, now + 24 * 3600 * 1000)).resolves.toBeUndefined();
  });

  it("caps bytes per client", async () => {
    const store = new MemoryLimitStore();
    await chargeShareQuota(store, "a", 900, quota, now);
    await expect(chargeShareQuota(store, "a", 200, quota, now)).rejects.toMatchObject({ message: /one address/ });
    await expect(chargeShareQuota(store, "b", 200, quota, now)).resolves.toBeUndefined();
  });

  it("caps the whole server, across clients, with the wait until midnight UTC", async () => {
    const store = new MemoryLimitStore();
    for (const c of ["a", "b", "c", "d", "e"]) await chargeShareQuota(store, c, 1, quota, now);
    const refused = chargeShareQuota(store, "f", 1, quota, now);
    await expect(refused).rejects.toMatchObject({ message: /as many shares as it accepts/, retryAfterSeconds: 12 * 3600 });
  });
});
