import "server-only";
import { AppError } from "@/lib/errors";
import { demoFetch } from "@/lib/demo/demo-fetch";
import { DEFAULT_ENGINE_OPTIONS } from "@/lib/demo/engine";
import { buildUpstreamBody, type ChatRequest } from "@/lib/glm/request";
import { mapUpstreamError } from "@/lib/glm/upstream-errors";
import { getEnv } from "./env";
import { noteUpstreamSeen } from "./health/upstream-seen";
import type { Env } from "./env-schema";
import { getLogger, safeError } from "./log/logger";
import { noteUpstream } from "./log/request-log";
import { readCapped } from "./read-body";
import { postStream, type UpstreamResponse } from "./upstream-http";
import type { UpstreamBody } from "@/lib/glm/proxy-stream";

/** An upstream error body larger than this is not read: the status alone decides the message. */
const ERROR_BODY_LIMIT = 64 * 1024;

class FirstByteTimeout extends Error {}

/**
 * Opens a streaming completion. The URL and key come only from server configuration; nothing in
 * the incoming request can change where this goes. An upstream that does not answer within
 * UPSTREAM_TIMEOUT_S is abandoned with `upstream_timeout` (undici alone would wait about five
 * minutes); once its headers are in, the proxy stream applies the same wait to the first body
 * bytes (ProxyOptions.firstByteTimeoutMs), so the response is not held back for them.
 *
 * `abort` is the request's one controller (aborted when the client goes away); the timeout aborts
 * it too, with its own reason. One controller per request rather than a timeout controller joined
 * to the caller's by `AbortSignal.any` and a race: those were a visible share of the per-request
 * work before the first byte at 200 concurrent starts (docs/decisions/chat-fast-path.md). Every
 * wait below (the request, an error body, the demo stream) ends when `abort` fires.
 */
export async function openUpstream(request: ChatRequest, abort: AbortController): Promise<UpstreamBody> {
  const env = getEnv();
  const timer = setTimeout(() => abort.abort(new FirstByteTimeout()), env.UPSTREAM_TIMEOUT_S * 1000);
  try {
    return await open(request, abort.signal);
  } catch (error) {
    if (abort.signal.reason instanceof FirstByteTimeout) {
      const waited = Math.round(env.UPSTREAM_TIMEOUT_S);
      throw new AppError("upstream_timeout", `The model did not start answering within ${waited} seconds. Retry in a moment.`, 504, undefined, undefined, undefined, waited);
    }
    throw error;
  } finally {
    clearTimeout(timer);
  }
}

/** A controller aborted with `signal` (a route handler's request signal): what `openUpstream` takes. */
export function linkedController(signal: AbortSignal): AbortController {
  const abort = new AbortController();
  if (signal.aborted) abort.abort(signal.reason);
  else signal.addEventListener("abort", () => abort.abort(signal.reason), { once: true });
  return abort;
}

/** What every chat sends upstream besides its body, built once per configuration. */
let target: { env: Env; url: string; headers: Record<string, string> } | undefined;

function upstreamTarget(env: Env) {
  if (target?.env !== env) {
    const headers = { Authorization: `Bearer ${env.ZAI_API_KEY}`, "Content-Type": "application/json", Accept: "text/event-stream" };
    target = { env, url: `${env.ZAI_BASE_URL}/chat/completions`, headers };
  }
  return target;
}

async function open(request: ChatRequest, signal: AbortSignal): Promise<UpstreamBody> {
  const env = getEnv();
  const body = buildUpstreamBody(request, env.ZAI_PROTOCOL);
  const started = performance.now();
  if (!env.ZAI_API_KEY) {
    const response = demoFetch(body, signal, { ...DEFAULT_ENGINE_OPTIONS, tokensPerSecond: env.DEMO_TOKENS_PER_SECOND });
    noteUpstream(response.status, performance.now() - started);
    if (!response.ok || !response.body) {
      const errorBody = await readSmallJson(response, signal);
      throw mapUpstreamError(response.status, errorBody, response.headers.get("retry-after"), env.ZAI_PROTOCOL);
    }
    return response.body;
  }
  let response: UpstreamResponse;
  try {
    const { url, headers } = upstreamTarget(env);
    response = await postStream(url, headers, JSON.stringify(body), signal);
  } catch (error) {
    if (signal.aborted) throw error;
    // The operator needs the cause (refused, reset, DNS); the user gets plain words.
    getLogger().warn({ err: safeError(error) }, "upstream unreachable");
    noteUpstreamSeen("unreachable");
    throw new AppError("upstream_unavailable", "Could not reach the model provider. Check the connection and retry.", 502);
  }
  noteUpstream(response.status, performance.now() - started);
  if (response.status < 200 || response.status >= 300) {
    const text = await response.text(ERROR_BODY_LIMIT);
    const error = mapUpstreamError(response.status, parseJson(text), response.header("retry-after"), env.ZAI_PROTOCOL);
    if (error.code === "upstream_auth") noteUpstreamSeen("key_rejected");
    // Every chat fails the same way until the operator fixes it; the user only sees "misconfigured".
    if (error.code === "upstream_misconfigured") getLogger().error({ upstream: { status: response.status } }, "upstream has no chat API at ZAI_BASE_URL (it answered 404): check the path, e.g. https://api.z.ai/api/paas/v4 or http://gpu-box:8000/v1");
    throw error;
  }
  noteUpstreamSeen("ok");
  return response.body;
}

function parseJson(text: string | undefined): unknown {
  try {
    return text ? JSON.parse(text) : null;
  } catch {
    return null;
  }
}

async function readSmallJson(response: Response, signal: AbortSignal): Promise<unknown> {
  try {
    const bytes = response.body ? await readCapped(response.body, ERROR_BODY_LIMIT, signal) : undefined;
    return bytes ? JSON.parse(new TextDecoder().decode(bytes)) : null;
  } catch {
    return null;
  }
}
