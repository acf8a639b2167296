import "server-only";
import { AppError } from "@/lib/errors";
import { demoFetch } from "@/lib/demo/demo-fetch";
import { DEFAULT_ENGINE_OPTIONS } from "@/lib/demo/engine";
import { buildUpstreamBody, type ChatRequest } from "@/lib/glm/request";
import { mapUpstreamError } from "@/lib/glm/upstream-errors";
import { getEnv } from "./env";
import { postStream } from "./upstream-http";

/**
 * Opens a streaming completion. The URL and key come only from server configuration; nothing in
 * the incoming request can change where this goes.
 */
export async function openUpstream(request: ChatRequest, signal: AbortSignal): Promise<ReadableStream<Uint8Array>> {
  const env = getEnv();
  const body = buildUpstreamBody(request, env.ZAI_PROTOCOL);
  let response: Response;
  if (!env.ZAI_API_KEY) {
    response = demoFetch(body, signal, { ...DEFAULT_ENGINE_OPTIONS, tokensPerSecond: env.DEMO_TOKENS_PER_SECOND });
  } else {
    try {
      const headers = { Authorization: `Bearer ${env.ZAI_API_KEY}`, "Content-Type": "application/json", Accept: "text/event-stream" };
      response = await postStream(`${env.ZAI_BASE_URL}/chat/completions`, headers, JSON.stringify(body), signal);
    } catch (error) {
      if (signal.aborted) throw error;
      throw new AppError("upstream_unavailable", "Could not reach the model provider. Check the connection and retry.", 502);
    }
  }
  if (!response.ok || !response.body) {
    const errorBody = await readSmallJson(response);
    throw mapUpstreamError(response.status, errorBody, response.headers.get("retry-after"));
  }
  return response.body;
}

async function readSmallJson(response: Response): Promise<unknown> {
  try {
    const text = await response.text();
    return text.length > 65_536 ? null : JSON.parse(text);
  } catch {
    return null;
  }
}
