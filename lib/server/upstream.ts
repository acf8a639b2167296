import "server-only";
import { AppError } from "@/lib/errors";
import { demoFetch } from "@/lib/demo/demo-fetch";
import { DEFAULT_ENGINE_OPTIONS } from "@/lib/demo/engine";
import { buildUpstreamBody, type ChatRequest } from "@/lib/glm/request";
import { mapUpstreamError } from "@/lib/glm/upstream-errors";
import { getEnv } from "./env";
import { noteUpstream } from "./log/request-log";
import { readCapped } from "./read-body";
import { postStream, type UpstreamResponse } from "./upstream-http";
import type { Readable } from "node:stream";
import type { UpstreamBody } from "@/lib/glm/proxy-stream";

/** An upstream error body larger than this is not read: the status alone decides the message. */
const ERROR_BODY_LIMIT = 64 * 1024;

class FirstByteTimeout extends Error {}

/**
 * Opens a streaming completion and waits for its first body bytes. The URL and key come only from
 * server configuration; nothing in the incoming request can change where this goes. An upstream
 * that sends nothing within UPSTREAM_TIMEOUT_S is abandoned with `upstream_timeout` (undici alone
 * would wait about five minutes).
 */
export async function openUpstream(request: ChatRequest, signal: AbortSignal): Promise<UpstreamBody> {
  const env = getEnv();
  const timeout = new AbortController();
  const timer = setTimeout(() => timeout.abort(new FirstByteTimeout()), env.UPSTREAM_TIMEOUT_S * 1000);
  const both = AbortSignal.any([signal, timeout.signal]);
  const timedOut = new Promise<never>((_, reject) => both.addEventListener("abort", () => reject(both.reason), { once: true }));
  timedOut.catch(() => {});
  try {
    return await Promise.race([open(request, both), timedOut]);
  } catch (error) {
    if (timeout.signal.aborted && !signal.aborted) {
      throw new AppError("upstream_timeout", `The model did not start answering within ${env.UPSTREAM_TIMEOUT_S} seconds. Retry in a moment.`, 504);
    }
    throw error;
  } finally {
    clearTimeout(timer);
  }
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
      throw mapUpstreamError(response.status, errorBody, response.headers.get("retry-after"));
    }
    return withFirstChunk(response.body, signal);
  }
  let response: UpstreamResponse;
  try {
    const headers = { Authorization: `Bearer ${env.ZAI_API_KEY}`, "Content-Type": "application/json", Accept: "text/event-stream" };
    response = await postStream(`${env.ZAI_BASE_URL}/chat/completions`, headers, JSON.stringify(body), signal);
  } catch (error) {
    if (signal.aborted) throw error;
    throw new AppError("upstream_unavailable", "Could not reach the model provider. Check the connection and retry.", 502);
  }
  noteUpstream(response.status, performance.now() - started);
  if (response.status < 200 || response.status >= 300) {
    const text = await response.text(ERROR_BODY_LIMIT);
    throw mapUpstreamError(response.status, parseJson(text), response.header("retry-after"));
  }
  return withFirstNodeChunk(response.body, signal);
}

/**
 * Waits for the first bytes of Node's stream and puts them back in front (`unshift`), so the
 * proxy reads the socket directly with nothing in between.
 */
function withFirstNodeChunk(body: Readable, signal: AbortSignal): Promise<Readable> {
  return new Promise((resolve, reject) => {
    const settle = () => {
      body.off("data", onData).off("end", onEnd).off("close", onEnd);
      signal.removeEventListener("abort", onAbort);
    };
    const onData = (chunk: Buffer) => {
      settle();
      body.pause();
      body.unshift(chunk);
      resolve(body);
    };
    // Ended or dropped before a byte: the proxy reports the cut-off.
    const onEnd = () => {
      settle();
      resolve(body);
    };
    const onAbort = () => {
      settle();
      body.destroy();
      reject(signal.reason);
    };
    if (signal.aborted) return onAbort();
    signal.addEventListener("abort", onAbort, { once: true });
    body.on("data", onData).once("end", onEnd).once("close", onEnd);
  });
}

function parseJson(text: string | undefined): unknown {
  try {
    return text ? JSON.parse(text) : null;
  } catch {
    return null;
  }
}

/** Waits for the first bytes, then hands on a stream that starts with them. */
async function withFirstChunk(body: ReadableStream<Uint8Array>, signal: AbortSignal): Promise<ReadableStream<Uint8Array>> {
  const reader = body.getReader();
  const onAbort = () => void reader.cancel().catch(() => {});
  signal.addEventListener("abort", onAbort, { once: true });
  let first: ReadableStreamReadResult<Uint8Array>;
  try {
    first = await reader.read();
  } finally {
    signal.removeEventListener("abort", onAbort);
  }
  let pending: Uint8Array | undefined = first.done ? undefined : first.value;
  const ended = first.done;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (pending) {
        controller.enqueue(pending);
        pending = undefined;
        return;
      }
      if (ended) return controller.close();
      const { done, value } = await reader.read();
      if (done) controller.close();
      else controller.enqueue(value);
    },
    cancel(reason) {
      return reader.cancel(reason);
    },
  });
}

async function readSmallJson(response: Response, signal: AbortSignal): Promise<unknown> {
  try {
    const bytes = response.body ? await readCapped(response.body, ERROR_BODY_LIMIT, signal) : undefined;
    return bytes ? JSON.parse(new TextDecoder().decode(bytes)) : null;
  } catch {
    return null;
  }
}
