import { describe, expect, it } from "vitest";
import { inFlight, onStreamEnd, tryAcquire } from "./in-flight";

describe("in-flight cap", () => {
  it("refuses past the cap and frees a slot exactly once per stream, however it ends", async () => {
    const base = inFlight();
    const a = tryAcquire(base + 2)!;
    const b = tryAcquire(base + 2)!;
    expect(tryAcquire(base + 2)).toBeUndefined();

    // Read to the end.
    await new Response(onStreamEnd(new Response("done").body!, a)).text();
    a();
    expect(inFlight()).toBe(base + 1);
    // Cancelled by the client.
    const never = new ReadableStream<Uint8Array>({ pull: () => new Promise(() => {}) });
    await onStreamEnd(never, b).cancel();
    expect(inFlight()).toBe(base);
  });
});
