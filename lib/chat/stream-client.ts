import { errorEnvelopeSchema, type ErrorEnvelope } from "@/lib/errors";
import { streamEventSchema, type StreamEvent } from "@/lib/glm/events";
import type { ChatRequest } from "@/lib/glm/request";
import { readSseData } from "@/lib/glm/sse";
import { retryAtFrom } from "./retry-wait";

/** The server's envelope, and from its Retry-After header when Retry may be pressed. */
export type RequestFailure = ErrorEnvelope & { retryAt?: string };

export class ChatRequestError extends Error {
  constructor(readonly envelope: RequestFailure, readonly status: number) {
    super(envelope.message);
  }
}

/**
 * Posts a chat request and yields the server's typed events. Throws ChatRequestError for an error
 * envelope before the stream, and yields an `interrupted` event if the connection to our server
 * ends early (a restarted or lost instance): what arrived is kept and can be continued.
 */
export async function* streamChat(body: ChatRequest, signal: AbortSignal): AsyncGenerator<StreamEvent> {
  let response: Response;
  try {
    response = await fetch("/api/chat", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify(body),
      signal,
    });
  } catch (error) {
    if (signal.aborted) throw error;
    // Offline is the browser's own knowledge, said in the reader's language (a notice code).
    const offline = typeof navigator !== "undefined" && navigator.onLine === false;
    throw new ChatRequestError(offline ? { code: "offline", message: "" } : { code: "network", message: "Could not reach the GLM Chat server. Check your connection and retry." }, 0);
  }
  if (!response.ok || !response.body) throw await toRequestError(response);

  let ended = false;
  try {
    for await (const data of readSseData(response.body, signal)) {
      const parsed = streamEventSchema.safeParse(safeJson(data));
      if (!parsed.success) continue;
      if (parsed.data.type === "finish" || parsed.data.type === "error" || parsed.data.type === "interrupted") ended = true;
      yield parsed.data;
    }
  } catch (error) {
    if (signal.aborted) throw error;
  }
  if (!ended && !signal.aborted) {
    yield { type: "interrupted", message: "The connection to the server dropped before the answer was complete. What arrived is kept: Continue finishes it." };
  }
}

async function toRequestError(response: Response): Promise<ChatRequestError> {
  let envelope: ErrorEnvelope = { code: "internal", message: `The server answered ${response.status}.` };
  try {
    const parsed = errorEnvelopeSchema.safeParse(await response.json());
    if (parsed.success) envelope = parsed.data;
  } catch {
    // A proxy's HTML error page: keep the generic message.
  }
  if (response.status === 413 && envelope.code === "internal") envelope = { code: "payload_too_large", message: "The message is too large to send." };
  const retryAt = retryAtFrom(response.headers.get("retry-after"), Date.now());
  return new ChatRequestError(retryAt ? { ...envelope, retryAt } : envelope, response.status);
}

function safeJson(data: string): unknown {
  try {
    return JSON.parse(data);
  } catch {
    return null;
  }
}
