import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { fetchRetryingStale, isStaleConnectionError } from "./stale-connection";

let server: Server | undefined;
afterEach(() => new Promise<void>((r) => (server ? server.close(() => r()) : r())));

/** A server that drops the connection of the first `drops` requests before answering. */
async function flakyServer(drops: number): Promise<{ url: string; seen: () => number }> {
  let seen = 0;
  server = createServer((req, res) => {
    seen++;
    if (seen <= drops) return req.socket.destroy();
    res.end("ok");
  });
  await new Promise<void>((r) => server!.listen(0, "127.0.0.1", r));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, seen: () => seen };
}

describe("fetchRetryingStale", () => {
  it("retries once when the connection is reset before any response", async () => {
    const { url, seen } = await flakyServer(1);
    const res = await fetchRetryingStale(url, { method: "POST", body: "{}" });
    expect(await res.text()).toBe("ok");
    expect(seen()).toBe(2);
  });

  it("gives up after one retry", async () => {
    const { url, seen } = await flakyServer(5);
    await expect(fetchRetryingStale(url, { method: "POST", body: "{}" })).rejects.toThrow();
    expect(seen()).toBe(2);
  });

  it("does not retry other failures or an abort", async () => {
    expect(isStaleConnectionError(new TypeError("fetch failed", { cause: { code: "ECONNREFUSED" } }))).toBe(false);
    expect(isStaleConnectionError(new TypeError("fetch failed", { cause: { code: "UND_ERR_SOCKET" } }))).toBe(true);
    expect(isStaleConnectionError(null)).toBe(false);
    let calls = 0;
    const controller = new AbortController();
    controller.abort();
    const failing = (async () => {
      calls++;
      throw new TypeError("fetch failed", { cause: { code: "ECONNRESET" } });
    }) as unknown as typeof fetch;
    await expect(fetchRetryingStale("http://x/", { signal: controller.signal }, failing)).rejects.toThrow();
    expect(calls).toBe(1);
  });
});
