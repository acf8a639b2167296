import "server-only";
import { AppError } from "@/lib/errors";
import { demoFetch } from "@/lib/demo/demo-fetch";
import { DEFAULT_ENGINE_OPTIONS } from "@/lib/demo/engine";
import { buildUpstreamBody, type ChatRequest } from "@/lib/glm/request";
import { mapUpstreamError } from "@/lib/glm/upstream-errors";
import { getEnv } from "./env";
import { postStream, type UpstreamResponse } from "./upstream-http";
import type { UpstreamBody } from "@/lib/glm/proxy-stream";

/**
 * Opens a streaming completion. The URL and key come only from server configuration; nothing in
 * the incoming request can change where this goes.
 */
export async function openUpstream(request: ChatRequest, signal: AbortSignal): Promise<UpstreamBody> {
  const env = getEnv();
  const body = buildUpstreamBody(request, env.ZAI_PROTOCOL);
  if (!env.ZAI_API_KEY) {
    const response = demoFetch(body, signal, { ...DEFAULT_ENGINE_OPTIONS, tokensPerSecond: env.DEMO_TOKENS_PER_SECOND });
    if (response.ok && response.body) return response.body;
    throw mapUpstreamError(response.status, parseSmallJson(await response.text().catch(() => "")), response.headers.get("retry-after"));
  }
  let response: UpstreamResponse;
  try {
    const headers = { Authorization: `Bearer ${env.ZAI_API_KEY}`, "Content-Type": "application/json", Accept: "text/event-stream" };
    response = await postStream(`${env.ZAI_BASE_URL}/chat/completions`, headers, JSON.stringify(body), signal);
  } catch (error) {
    if (signal.aborted) throw error;
    throw new AppError("upstream_unavailable", "Could not reach the model provider. Check the connection and retry.", 502);
  }
  if (response.status >= 200 && response.status < 300) return response.body;
  throw mapUpstreamError(response.status, parseSmallJson(await response.text()), response.header("retry-after"));
}

function parseSmallJson(text: string): unknown {
  try {
    return text.length > 65_536 ? null : JSON.parse(text);
  } catch {
    return null;
  }
}
