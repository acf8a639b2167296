import { describe, expect, it } from "vitest";
import { normaliseUpstream } from "@/lib/glm/normalise";
import { readSseData } from "@/lib/glm/sse";
import { demoFetch } from "./demo-fetch";
import { DEFAULT_ENGINE_OPTIONS, planResponse } from "./engine";

const fast = { ...DEFAULT_ENGINE_OPTIONS, tokensPerSecond: 100_000 };
const body = (text: string) => ({ model: "glm-4.5v", messages: [{ role: "user", content: text }] });

async function events(text: string) {
  const res = demoFetch(body(text), new AbortController().signal, fast);
  const out = [];
  for await (const e of normaliseUpstream(readSseData(res.body!))) out.push(e);
  return out;
}

describe("demo engine", () => {
  it("[[stall:ms]] goes silent once, right after the first piece of content", () => {
    const plan = planResponse(body("[[stall:5000]] hello"), fast);
    if (plan.kind !== "stream") throw new Error("expected a stream");
    const decoder = new TextDecoder();
    const steps = [...plan.steps()].filter((s) => s.kind === "bytes");
    const long = steps.flatMap((s, i) => (s.delayMs >= 5000 ? [i] : []));
    expect(long).toHaveLength(1);
    const before = steps.slice(0, long[0]).map((s) => decoder.decode(s.kind === "bytes" ? s.bytes : undefined));
    expect(before.filter((t) => t.includes('"content"')).length).toBe(1);
  });

  it("[[scenario:take]] answers differently each time (answer versions are told apart)", async () => {
    const text = async () => (await events("[[scenario:take]] hi")).filter((e) => e.type === "text").map((e) => (e as { delta: string }).delta).join("");
    const [a, b] = [await text(), await text()];
    expect(a).toMatch(/^Take \d+: an answer to hi$/);
    expect(b).not.toBe(a);
  });

  it("a video with no scenario gets the demo's video answer, its times for the player to link", async () => {
    const video = { model: "glm-4.5v", messages: [{ role: "user", content: [{ type: "video_url", video_url: { url: "AAAA" } }, { type: "text", text: "What happens?" }] }] };
    const res = demoFetch(video, new AbortController().signal, fast);
    let text = "";
    for await (const e of normaliseUpstream(readSseData(res.body!))) if (e.type === "text") text += (e as { delta: string }).delta;
    expect(text).toContain("Demo mode cannot watch videos");
    expect(text).toContain("00:02");
  });

  it("streams reasoning then content then finish", async () => {
    const types = (await events("hello")).map((e) => e.type);
    expect(types[0]).toBe("reasoning");
    expect(types).toContain("text");
    expect(types.indexOf("text")).toBeGreaterThan(types.lastIndexOf("reasoning"));
    expect(types.at(-1)).toBe("finish");
  });

  it("chaos mode (random splits, CRLF, keep-alives) decodes to the same text", async () => {
    const join = (es: Awaited<ReturnType<typeof events>>) => es.flatMap((e) => (e.type === "text" ? [e.delta] : [])).join("");
    const calm = join(await events("[[scenario:grounding-shapes]]"));
    expect(calm).toContain("red circle");
    expect(join(await events("[[scenario:grounding-shapes]] [[chaos]]"))).toBe(calm);
  });

  it("answers a Chinese question in Chinese, trace and answer, with the English answer's markdown", async () => {
    const join = (es: Awaited<ReturnType<typeof events>>, type: "text" | "reasoning") =>
      es.flatMap((e) => (e.type === type ? [(e as { delta: string }).delta] : [])).join("");
    const zh = await events("你好，请介绍一下你自己");
    const en = await events("Hello, who are you?");
    expect(join(zh, "reasoning")).toContain("演示模式");
    expect(join(zh, "text")).toContain("**演示模式。**");
    expect(join(en, "text")).toContain("**Demo mode.**");
    // Only the prose differs: the same lines, the same code block, the same answer box.
    const shape = (text: string) => text.split("\n").map((line) => line.replace(/[^`<|>_\-{}()]/g, "").replace(/_+/g, "_"));
    expect(shape(join(zh, "text"))).toEqual(shape(join(en, "text")));
  });

  it("answers the Chinese sample prompt with the same boxes, in Chinese", async () => {
    const ask = (text: string) => ({ model: "glm-4.5v", messages: [{ role: "user", content: [{ type: "image_url", image_url: { url: "AAAA" } }, { type: "text", text }] }] });
    const text = async (prompt: string) => {
      let out = "";
      for await (const e of normaliseUpstream(readSseData(demoFetch(ask(prompt), new AbortController().signal, fast).body!))) if (e.type === "text") out += e.delta;
      return out;
    };
    const zh = await text("示例：找出这张图片中的物体，并给每个物体画框。");
    const en = await text("Sample: find the objects in this picture and box each one.");
    expect(zh).toContain("红色圆形");
    expect(zh.match(/\[[\d,]+\]|\(\d[\d,]+\)|<bbox>[\d,]+<\/bbox>/g)).toEqual(en.match(/\[[\d,]+\]|\(\d[\d,]+\)|<bbox>[\d,]+<\/bbox>/g));
  });

  it("answers scripted errors with the documented body and status", async () => {
    const res = demoFetch(body("[[scenario:error-1302]]"), new AbortController().signal, fast);
    expect(res.status).toBe(429);
    expect(await res.json()).toEqual({ error: { code: "1302", message: "Rate limit reached for requests" } });
    expect(res.headers.get("retry-after")).toBe("3");
    const longer = demoFetch(body("[[scenario:error-1302]] [[retry-after:40]]"), new AbortController().signal, fast);
    expect(longer.headers.get("retry-after")).toBe("40");
  });

  it("drops the connection mid-stream for the drop scenario", async () => {
    const res = demoFetch(body("[[scenario:drop]]"), new AbortController().signal, fast);
    let text = "";
    const consume = async () => {
      for await (const e of normaliseUpstream(readSseData(res.body!))) if (e.type === "text") text += e.delta;
    };
    await expect(consume()).rejects.toThrow(/terminated/);
    expect(text).toMatch(/^Partial answer before the connection/);
    expect(text).not.toContain("and then more");
  });

  it("breaks off while still thinking: the trace arrives, then the connection drops or inference fails, no answer text", async () => {
    const res = demoFetch(body("[[scenario:drop-in-thinking]]"), new AbortController().signal, fast);
    const dropped: string[] = [];
    const consume = async () => {
      for await (const e of normaliseUpstream(readSseData(res.body!))) dropped.push(e.type);
    };
    await expect(consume()).rejects.toThrow(/terminated/);
    expect(dropped).toContain("reasoning");
    expect(dropped).not.toContain("text");
    expect(dropped).not.toContain("finish");

    const failed = await events("[[scenario:network-error-in-thinking]]");
    expect(failed.some((e) => e.type === "reasoning")).toBe(true);
    expect(failed.some((e) => e.type === "text")).toBe(false);
    expect(failed.at(-1)).toEqual({ type: "finish", reason: "network_error" });

    // Asked again (Retry), each question is answered.
    for (const scenario of ["drop-in-thinking", "network-error-in-thinking"]) {
      const again = await events(`[[scenario:${scenario}]]`);
      expect(again.filter((e) => e.type === "text").map((e) => (e as { delta: string }).delta).join("")).toMatch(/^Answered on the second try/);
      expect(again.at(-1)).toEqual({ type: "finish", reason: "stop" });
    }
  });

  it("ends where max_tokens runs out, trace included, with length and the tokens it wrote", async () => {
    const capped = async (extra: object) => {
      const res = demoFetch({ ...body("hello"), ...extra }, new AbortController().signal, fast);
      const out = [];
      for await (const e of normaliseUpstream(readSseData(res.body!))) out.push(e);
      return out;
    };
    const thinking = await capped({ max_tokens: 3 });
    expect(thinking.filter((e) => e.type === "reasoning")).toHaveLength(3);
    expect(thinking.some((e) => e.type === "text")).toBe(false);
    expect(thinking.at(-1)).toEqual({ type: "finish", reason: "length" });
    expect(thinking).toContainEqual(expect.objectContaining({ type: "usage", completionTokens: 3 }));

    const plain = await capped({ max_tokens: 2, thinking: { type: "disabled" } });
    expect(plain.filter((e) => e.type === "text")).toHaveLength(2);
    expect(plain.at(-1)).toEqual({ type: "finish", reason: "length" });

    expect((await capped({ max_tokens: 100_000 })).at(-1)).toEqual({ type: "finish", reason: "stop" });
  });

  it("ends reasoning-only answers with length and no text", async () => {
    const es = await events("[[scenario:reasoning-length]]");
    expect(es.some((e) => e.type === "text")).toBe(false);
    expect(es.at(-1)).toEqual({ type: "finish", reason: "length" });
  });
});

describe("demo engine: thinking switch", () => {
  it("streams no reasoning when thinking is disabled, in either dialect", async () => {
    for (const extra of [{ thinking: { type: "disabled" } }, { chat_template_kwargs: { enable_thinking: false } }]) {
      const res = demoFetch({ ...body("hello"), ...extra }, new AbortController().signal, fast);
      const types = [];
      for await (const e of normaliseUpstream(readSseData(res.body!))) types.push(e.type);
      expect(types).not.toContain("reasoning");
      expect(types).toContain("text");
    }
  });
});
