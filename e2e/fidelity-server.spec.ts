import { expect, test } from "@playwright/test";
import { APPS } from "./support/ports";
import { recordedRequests, requestWith, uniqueMarker } from "./support/stand-in-client";

/**
 * GLM fidelity on the wire (issue 10): every format of section 8 of docs/glm-protocol.md, served by
 * the stand-in, through the real /api/chat of the production build, read as the client reads it.
 */
type Event = { type: string; [k: string]: any };

async function chat(app: { url: string }, body: Record<string, unknown>): Promise<{ status: number; events: Event[]; json?: any }> {
  const res = await fetch(`${app.url}/api/chat`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
  if (!res.headers.get("content-type")?.includes("event-stream")) return { status: res.status, events: [], json: await res.json() };
  const text = await res.text();
  const events = text.split("\n\n").filter((l) => l.startsWith("data: ")).map((l) => JSON.parse(l.slice(6)) as Event);
  return { status: res.status, events };
}

const ask = (model: string, content: string, extra: Record<string, unknown> = {}) => ({ model, messages: [{ role: "user", content }], ...extra });
const joined = (events: Event[], type: "text" | "reasoning") => events.filter((e) => e.type === type).map((e) => e.delta).join("");

test.describe("self-hosted (openai dialect)", () => {
  test("lists the server's own models, described from the catalogue or the name", async () => {
    const info = await (await fetch(`${APPS.openai.url}/api/models`)).json();
    const ids = info.models.map((m: { id: string }) => m.id);
    expect(ids).toEqual(["glm-4.5v", "zai-org/GLM-4.6V", "zai-org/GLM-4.7", "glm-4.5"]);
    // Named for the reader, not by the served path.
    expect(info.models.map((m: { name: string }) => m.name)).toEqual(["GLM-4.5V", "GLM-4.6V", "GLM-4.7", "GLM-4.5"]);
    expect(info.models[1]).toMatchObject({ images: true, contextTokens: 131072 });
    expect(info.models[2]).toMatchObject({ images: false, templateThink: true });
    expect(info.webSearch).toBe(false);
  });

  test("template-opened thinking: before </think> is reasoning, split across chunks", async () => {
    const { events } = await chat(APPS.openai, ask("zai-org/GLM-4.7", `[[scenario:template-think]] ${uniqueMarker()}`));
    expect(joined(events, "reasoning")).toBe("The user wants a haiku about rain.");
    expect(joined(events, "text")).toBe("Soft rain on the roof, the answer.");
  });

  test("template-opened thinking cut off is all reasoning; </think> first is none", async () => {
    const cut = await chat(APPS.openai, ask("zai-org/GLM-4.7", `[[scenario:template-think-cut]] ${uniqueMarker()}`));
    expect(joined(cut.events, "reasoning")).toBe("Still weighing the first option against the second and");
    expect(joined(cut.events, "text")).toBe("");
    expect(cut.events.at(-1)).toEqual({ type: "finish", reason: "length" });
    const empty = await chat(APPS.openai, ask("zai-org/GLM-4.7", `[[scenario:template-think-empty]] ${uniqueMarker()}`));
    expect(joined(empty.events, "reasoning")).toBe("");
    expect(joined(empty.events, "text")).toBe("Straight to the answer.");
  });

  test("template-opened thinking: the model's own <|assistant|> starts the answer; a turn ended inside the trace is all reasoning", async () => {
    const special = await chat(APPS.openai, ask("zai-org/GLM-4.7", `[[scenario:special-tokens]] ${uniqueMarker()}`));
    expect(joined(special.events, "reasoning")).toBe("");
    expect(joined(special.events, "text")).toBe("Hello there. All done.");
    const unclosed = await chat(APPS.openai, ask("zai-org/GLM-4.7", `[[scenario:template-think-unclosed]] ${uniqueMarker()}`));
    expect(joined(unclosed.events, "reasoning")).toBe("Only a trace, never closed.");
    expect(joined(unclosed.events, "text")).toBe("");
    expect(unclosed.events.at(-1)).toEqual({ type: "finish", reason: "stop" });
  });

  test("with thinking off the same model's content is the answer", async () => {
    const { events } = await chat(APPS.openai, ask("zai-org/GLM-4.7", `[[scenario:template-think]] ${uniqueMarker()}`, { thinking: false }));
    expect(joined(events, "reasoning")).toBe("");
    expect(joined(events, "text")).toBe("Soft rain on the roof, the answer.");
  });

  test("sends the official stop settings and keeps special tokens for the box", async () => {
    const marker = uniqueMarker();
    await chat(APPS.openai, ask("glm-4.5v", `[[scenario:no-reasoning]] ${marker}`));
    const body = (await requestWith(marker)).body as Record<string, unknown>;
    expect(body).toMatchObject({ stop_token_ids: [151329, 151336], include_stop_str_in_output: false, skip_special_tokens: false });
  });

  test("special tokens never reach the user, even split across chunks", async () => {
    const { events } = await chat(APPS.openai, ask("glm-4.5v", `[[scenario:special-tokens]] ${uniqueMarker()}`));
    expect(joined(events, "text")).toBe("Hello there. All done.");
  });

  test("raw <tool_call> markup becomes a tool_call event", async () => {
    const { events } = await chat(APPS.openai, ask("glm-4.5", `[[scenario:raw-tool-call]] ${uniqueMarker()}`));
    expect(joined(events, "text")).toBe("Let me check the weather.\n");
    expect(events.find((e) => e.type === "tool_call")).toEqual({ type: "tool_call", index: 0, name: "get_weather", argumentsDelta: '{"city":"Beijing","days":3}' });
  });

  test("<answer> is unwrapped and <think> moved to reasoning", async () => {
    const { events } = await chat(APPS.openai, ask("glm-4.5v", `[[scenario:answer-wrapper]] ${uniqueMarker()}`));
    expect(joined(events, "reasoning")).toBe("Looking at the picture.");
    expect(joined(events, "text")).toBe("It is a <|begin_of_box|>cat<|end_of_box|>.");
  });

  test("no cost on a self-hosted server without MODEL_PRICES", async () => {
    const { events } = await chat(APPS.openai, ask("glm-4.5v", `[[scenario:no-reasoning]] ${uniqueMarker()}`));
    const usage = events.find((e) => e.type === "usage");
    expect(usage).toBeDefined();
    expect(usage).not.toHaveProperty("costUsd");
  });
});

test.describe("Z.ai (zai dialect)", () => {
  test("a model outside the catalogue is refused before any upstream call", async () => {
    const marker = uniqueMarker();
    const { status, json } = await chat(APPS.zai, ask("glm-4.6v-expensive-preview", marker));
    expect(status).toBe(400);
    expect(json.code).toBe("bad_request");
    expect(JSON.stringify(await recordedRequests(marker))).not.toContain(marker);
  });

  test("max_tokens is clamped to the model's output limit", async () => {
    const marker = uniqueMarker();
    await chat(APPS.zai, ask("glm-4.5v", `[[scenario:no-reasoning]] ${marker}`, { max_tokens: 1_000_000 }));
    expect(((await requestWith(marker)).body as { max_tokens: number }).max_tokens).toBe(16384);
  });

  test("usage carries the cost from the price table", async () => {
    const { events } = await chat(APPS.zai, ask("glm-4.5v", `[[scenario:no-reasoning]] ${uniqueMarker()}`));
    const usage = events.find((e) => e.type === "usage")!;
    const expected = Math.round(usage.promptTokens * 0.6 + usage.completionTokens * 1.8) / 1e6;
    expect(usage.costUsd).toBeCloseTo(expected, 9);
  });

  test("web search: the tool is sent, sources stream back with safe links only", async () => {
    const marker = uniqueMarker();
    const { events } = await chat(APPS.zai, ask("glm-4.6", `What is new? ${marker}`, { webSearch: true }));
    expect((await requestWith(marker)).body).toMatchObject({ tools: [{ type: "web_search", web_search: { enable: true, search_result: true } }] });
    const sources = events.find((e) => e.type === "sources")!.sources;
    expect(sources.map((s: { index: number }) => s.index)).toEqual([1, 2]);
    expect(sources[0]).toEqual({ index: 1, title: "GLM-4.5V release notes", link: "https://docs.z.ai/guides/vlm/glm-4.5v", site: "Z.ai Docs", publishDate: "2025-08-11", refer: "ref_1", content: "GLM-4.5V is a vision model." });
    expect(JSON.stringify(sources)).not.toContain("javascript");
    expect(joined(events, "text")).toContain("[ref_1]");
  });

  test("web search is refused for vision models", async () => {
    const { status, json } = await chat(APPS.zai, ask("glm-4.5v", uniqueMarker(), { webSearch: true }));
    expect(status).toBe(400);
    expect(json.message).toMatch(/cannot search the web/);
  });
});

test.describe("errors", () => {
  test("1308 is a plan usage cap with its reset time, no retry hint", async () => {
    const res = await fetch(`${APPS.zai.url}/api/chat`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(ask("glm-4.5v", `[[scenario:error-1308]] ${uniqueMarker()}`)) });
    expect(res.status).toBe(429);
    expect(res.headers.get("retry-after")).toBeNull();
    const body = await res.json();
    expect(body).toEqual({ code: "usage_limit", message: expect.stringContaining("resets at 21:31"), resetAt: "2026-08-27T13:31:39.000Z" });
  });

  for (const scenario of ["error-1234", "error-500-400"]) {
    test(`${scenario} (HTTP 400) is a provider fault to retry, not a bad request`, async () => {
      const { status, json } = await chat(APPS.zai, ask("glm-4.5v", `[[scenario:${scenario}]] ${uniqueMarker()}`));
      expect(status).toBe(502);
      expect(json).toEqual({ code: "upstream_unavailable", message: expect.stringMatching(/Retry/) });
    });
  }

  for (const [scenario, code] of [["stream-error-1302", "upstream_rate_limited"], ["stream-error-1305", "upstream_rate_limited"], ["stream-error-1308", "usage_limit"]]) {
    test(`${scenario} inside a 200 stream maps by code and keeps the text`, async () => {
      const { status, events } = await chat(APPS.zai, ask("glm-4.5v", `[[scenario:${scenario}]] ${uniqueMarker()}`));
      expect(status).toBe(200);
      expect(joined(events, "text")).toMatch(/^Partial text before/);
      expect(events.at(-1)).toMatchObject({ type: "error", code });
    });
  }

  test("an unreadable payload is not dropped in silence", async () => {
    const { events } = await chat(APPS.zai, ask("glm-4.5v", `[[scenario:malformed-chunk]] ${uniqueMarker()}`));
    expect(events.find((e) => e.type === "warning")).toMatchObject({ code: "malformed_chunk", message: expect.stringMatching(/may be missing/) });
    expect(joined(events, "text")).toBe("First part of the answer. Second part of the answer.");
    expect(events.at(-1)).toEqual({ type: "finish", reason: "stop" });
  });
});
