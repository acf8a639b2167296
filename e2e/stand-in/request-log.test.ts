import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createStandIn } from "./server";

describe("the stand-in's request log", () => {
  const { server } = createStandIn();
  let base = "";
  beforeAll(async () => {
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((r) => server.close(() => r())));

  const ask = (text: string) =>
    fetch(`${base}/v1/chat/completions`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ model: "glm-4.5", stream: false, messages: [{ role: "user", content: `[[scenario:no-reasoning]] ${text}` }] }),
    }).then((r) => r.text());
  const log = async (query = "") => (await (await fetch(`${base}/__requests${query}`)).json()) as Array<{ body: { messages: Array<{ content: string }> } }>;

  it("lists every request, or only those whose body contains a marker", async () => {
    await ask("first mk1");
    await ask("second mk2");
    await ask("third mk1");
    expect(await log()).toHaveLength(3);
    const marked = await log("?contains=mk1");
    expect(marked.map((r) => r.body.messages[0].content)).toEqual(["[[scenario:no-reasoning]] first mk1", "[[scenario:no-reasoning]] third mk1"]);
    expect(await log("?contains=absent")).toEqual([]);
  });
});
