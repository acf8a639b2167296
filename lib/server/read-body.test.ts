import { describe, expect, it } from "vitest";
import { DRAIN_MARGIN, readCapped, readJsonBody } from "./read-body";

const trickle = () =>
  new Request("http://x/", {
    method: "POST",
    body: new ReadableStream({ start: (c) => c.enqueue(new TextEncoder().encode("{")), pull: () => new Promise(() => {}) }),
    duplex: "half",
  } as RequestInit);

/** A body of `chunks` × 1 MB that counts how many chunks were pulled off it. */
function counted(chunks: number, declared: number | undefined = chunks * 1024 * 1024) {
  const pulled = { count: 0 };
  const mb = new Uint8Array(1024 * 1024).fill(65);
  const body = new ReadableStream<Uint8Array>({
    pull(c) {
      if (pulled.count === chunks) return c.close();
      pulled.count++;
      c.enqueue(mb);
    },
  }, { highWaterMark: 0 });
  const headers = new Headers(declared === undefined ? {} : { "content-length": String(declared) });
  return { pulled, request: { headers, body } };
}

describe("reading bodies", () => {
  it("reads a body a little over the cap to its end before the 413, so the answer is not lost to a reset", async () => {
    const { pulled, request } = counted(6);
    await expect(readJsonBody(request, 5 * 1024 * 1024)).rejects.toMatchObject({ status: 413, code: "payload_too_large" });
    expect(pulled.count).toBe(6);
  });

  it("refuses a body declared far over the cap without reading it", async () => {
    const limit = 1024 * 1024;
    const { pulled, request } = counted(8, limit + DRAIN_MARGIN + 1);
    await expect(readJsonBody(request, limit)).rejects.toMatchObject({ status: 413 });
    expect(pulled.count).toBe(0);
  });

  it("stops reading an undeclared body once it passes the drain margin", async () => {
    const limit = 1024 * 1024;
    const chunks = (limit + DRAIN_MARGIN) / (1024 * 1024) + 10;
    const { pulled, request } = counted(chunks, undefined);
    await expect(readJsonBody(request, limit)).rejects.toMatchObject({ status: 413 });
    expect(pulled.count).toBeLessThan(chunks);
  });

  it("stops at the cap without buffering the rest", async () => {
    expect(await readCapped(new Response("x".repeat(100)).body!, 10)).toBeUndefined();
    expect(new TextDecoder().decode(await readCapped(new Response("hello").body!, 10))).toBe("hello");
  });

  it("gives a trickling body 408 at the deadline", async () => {
    await expect(readJsonBody(trickle(), 1000, 30)).rejects.toMatchObject({ status: 408 });
  });

  it("answers 413, not 408, when the deadline passes while draining a body already over the cap", async () => {
    const stalled = new ReadableStream<Uint8Array>({ start: (c) => c.enqueue(new Uint8Array(2 * 1024 * 1024)), pull: () => new Promise(() => {}) });
    const request = { headers: new Headers({ "content-length": String(3 * 1024 * 1024) }), body: stalled };
    await expect(readJsonBody(request, 1024 * 1024, 30)).rejects.toMatchObject({ status: 413, code: "payload_too_large" });
  });

  it("turns bad JSON into 400", async () => {
    await expect(readJsonBody(new Request("http://x/", { method: "POST", body: "{nope" }), 1000)).rejects.toMatchObject({ status: 400, code: "bad_request" });
  });
});
