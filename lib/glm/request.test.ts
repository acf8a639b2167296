import { describe, expect, it } from "vitest";
import { buildUpstreamBody, type ChatRequest } from "./request";

const req: ChatRequest = {
  model: "glm-4.5v",
  messages: [
    { role: "system", content: "be brief" },
    { role: "user", content: [{ type: "text", text: "what is this" }, { type: "image", mimeType: "image/png", data: "iVBORw0KGgo=" }] },
  ],
  thinking: false,
};

describe("buildUpstreamBody", () => {
  it("zai: raw base64 images and an explicit disabled thinking", () => {
    const body = buildUpstreamBody(req, "zai") as any;
    expect(body.thinking).toEqual({ type: "disabled" });
    expect(body.messages[1].content[1]).toEqual({ type: "image_url", image_url: { url: "iVBORw0KGgo=" } });
    expect(body.stream).toBe(true);
    expect(body.chat_template_kwargs).toBeUndefined();
  });

  it("zai: omitted thinking stays omitted (which means enabled)", () => {
    expect(buildUpstreamBody({ ...req, thinking: undefined }, "zai")).not.toHaveProperty("thinking");
  });

  it("openai: data URLs, chat_template_kwargs and skip_special_tokens false", () => {
    const body = buildUpstreamBody(req, "openai") as any;
    expect(body.messages[1].content[1].image_url.url).toBe("data:image/png;base64,iVBORw0KGgo=");
    expect(body.chat_template_kwargs).toEqual({ enable_thinking: false });
    expect(body.skip_special_tokens).toBe(false);
    expect(body).not.toHaveProperty("thinking");
  });

  it("openai: the official demo's stop settings (<|endoftext|>, <|user|>) without the stop text", () => {
    const body = buildUpstreamBody(req, "openai") as any;
    expect(body.stop_token_ids).toEqual([151329, 151336]);
    expect(body.include_stop_str_in_output).toBe(false);
  });

  it("zai: web search adds the built-in tool with search results on; never for openai", () => {
    const text = { model: "glm-4.6", messages: [{ role: "user" as const, content: "news?" }], webSearch: true };
    expect((buildUpstreamBody(text, "zai") as any).tools).toEqual([{ type: "web_search", web_search: { enable: true, search_result: true } }]);
    expect(buildUpstreamBody({ ...text, webSearch: false }, "zai")).not.toHaveProperty("tools");
    expect(buildUpstreamBody(text, "openai")).not.toHaveProperty("tools");
    expect(buildUpstreamBody(text, "zai")).not.toHaveProperty("webSearch");
  });

  it("video parts become video_url", () => {
    const body = buildUpstreamBody({ model: "glm-4.5v", messages: [{ role: "user", content: [{ type: "video", mimeType: "video/mp4", data: "AAAA" }] }] }, "zai") as any;
    expect(body.messages[0].content[0]).toEqual({ type: "video_url", video_url: { url: "AAAA" } });
  });

  it("assistant content is a plain string", () => {
    const body = buildUpstreamBody({ model: "m", messages: [{ role: "assistant", content: [{ type: "text", text: "hi" }] }] }, "zai") as any;
    expect(body.messages[0].content).toBe("hi");
  });
});
