import { describe, expect, it } from "vitest";
import { checkHealth, runProbe } from "./readiness";

const ok = () => Promise.resolve();
const off = () => undefined;
const down = () => Promise.reject(new Error("ECONNREFUSED"));
const hang = () => new Promise<void>(() => {});

describe("checkHealth", () => {
  it("is ready when every configured dependency answers", async () => {
    expect(await checkHealth({ database: ok, redis: off }, false)).toEqual({
      status: "ok", live: true, ready: true, checks: { database: "ok", redis: "not_configured" },
    });
  });

  it("is live but not ready when a dependency is down", async () => {
    const health = await checkHealth({ database: ok, redis: down }, false);
    expect(health).toMatchObject({ live: true, ready: false, checks: { redis: "unreachable" } });
  });

  it("is live but not ready while draining, even with everything up", async () => {
    expect(await checkHealth({ database: ok, redis: ok }, true)).toMatchObject({ status: "draining", live: true, ready: false });
  });

  it("counts a probe that hangs or throws as unreachable", async () => {
    expect(await runProbe(hang, 10)).toBe("unreachable");
    expect(await runProbe(() => { throw new Error("bad url"); }, 10)).toBe("unreachable");
  });
});
