/** Builds the upstream chat/completions body per provider dialect (docs/glm-protocol.md sections 2 and 6). */
import type { ChatPart, ChatRequest, ChatRequestMessage } from "@/lib/chat/wire";
import { WEB_SEARCH_TOOL } from "./web-search";

export type { ChatPart, ChatRequest, ChatRequestMessage } from "@/lib/chat/wire";

export type Protocol = "zai" | "openai";

/** GLM's `<|endoftext|>` and `<|user|>`: the official demo stops vLLM at these (section 8). */
export const GLM_STOP_TOKEN_IDS = [151329, 151336];

type UpstreamPart =
  | { type: "text"; text: string }
  | { type: "image_url"; image_url: { url: string } }
  | { type: "video_url"; video_url: { url: string } };

export function buildUpstreamBody(req: ChatRequest, protocol: Protocol): Record<string, unknown> {
  const body: Record<string, unknown> = {
    model: req.model,
    messages: req.messages.map((m) => toUpstreamMessage(m, protocol)),
    stream: true,
  };
  if (req.temperature !== undefined) body.temperature = req.temperature;
  if (req.top_p !== undefined) body.top_p = req.top_p;
  if (req.max_tokens !== undefined) body.max_tokens = req.max_tokens;

  if (protocol === "zai") {
    // Omitting `thinking` means enabled, so "off" must be sent explicitly.
    if (req.thinking !== undefined) body.thinking = { type: req.thinking ? "enabled" : "disabled" };
    if (req.webSearch) body.tools = [WEB_SEARCH_TOOL];
  } else {
    if (req.thinking !== undefined) body.chat_template_kwargs = { enable_thinking: req.thinking };
    // Keeps GLM-4.5V's box tokens in the output; vLLM strips special tokens by default.
    body.skip_special_tokens = false;
    body.stop_token_ids = GLM_STOP_TOKEN_IDS;
    body.include_stop_str_in_output = false;
    body.stream_options = { include_usage: true };
  }
  return body;
}

function toUpstreamMessage(m: ChatRequestMessage, protocol: Protocol) {
  // System and assistant content must be a plain string upstream.
  if (m.role !== "user" || typeof m.content === "string") {
    return { role: m.role, content: typeof m.content === "string" ? m.content : partsToText(m.content) };
  }
  return { role: m.role, content: m.content.map((p) => toUpstreamPart(p, protocol)) };
}

function toUpstreamPart(p: ChatPart, protocol: Protocol): UpstreamPart {
  if (p.type === "text") return p;
  // Z.ai documents raw base64 without a `data:` prefix; vLLM / SGLang need a data URL.
  const url = protocol === "zai" ? p.data : `data:${p.mimeType};base64,${p.data}`;
  return p.type === "image" ? { type: "image_url", image_url: { url } } : { type: "video_url", video_url: { url } };
}

function partsToText(parts: ChatPart[]): string {
  return parts.flatMap((p) => (p.type === "text" ? [p.text] : [])).join("\n");
}

export function hasMedia(messages: ChatRequestMessage[]): boolean {
  return messages.some((m) => Array.isArray(m.content) && m.content.some((p) => p.type !== "text"));
}
