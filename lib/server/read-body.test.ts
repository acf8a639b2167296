import { describe, expect, it } from "vitest";
import { readCapped, readJsonBody } from "./read-body";

const trickle = () =>
  new Request("http://x/", {
    method: "POST",
    body: new ReadableStream({ start: (c) => c.enqueue(new TextEncoder().encode("{")), pull: () => new Promise(() => {}) }),
    duplex: "half",
  } as RequestInit);

describe("reading bodies", () => {
  it("stops at the cap without buffering the rest", async () => {
    expect(await readCapped(new Response("x".repeat(100)).body!, 10)).toBeUndefined();
    expect(new TextDecoder().decode(await readCapped(new Response("hello").body!, 10))).toBe("hello");
  });

  it("gives a trickling body 408 at the deadline", async () => {
    await expect(readJsonBody(trickle(), 1000, 30)).rejects.toMatchObject({ status: 408 });
  });

  it("turns bad JSON into 400", async () => {
    await expect(readJsonBody(new Request("http://x/", { method: "POST", body: "{nope" }), 1000)).rejects.toMatchObject({ status: 400, code: "bad_request" });
  });
});
