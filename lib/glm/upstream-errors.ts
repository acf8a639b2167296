import { AppError } from "@/lib/errors";

/**
 * Maps an upstream failure (docs/glm-protocol.md section 4) to our envelope. The raw upstream body is
 * never forwarded: it may echo request data, and messages must be plain words.
 */
export function mapUpstreamError(status: number, body: unknown, retryAfter?: string | null): AppError {
  const code = readCode(body);
  const field = readField(body);
  const retry = parseRetryAfter(retryAfter);

  if ((code >= 1000 && code <= 1004) || status === 401 || status === 403)
    return new AppError("upstream_auth", "The server's API key was rejected by the provider. The administrator needs to check ZAI_API_KEY.", 502);
  if (code === 1113)
    return new AppError("upstream_quota", "The provider account is out of credit. Top up the balance, then retry.", 402);
  if (code === 1211)
    return new AppError("upstream_unknown_model", "The provider does not know this model. Pick another model and retry.", 400);
  if (code === 1261)
    return new AppError("upstream_prompt_too_long", "The conversation is too long for this model. Shorten it or start a new chat.", 400);
  if (code === 1301)
    return new AppError("upstream_content_filter", "The provider blocked this content as unsafe.", 400);
  if (code === 1302 || code === 1303 || code === 1305 || status === 429)
    return new AppError(
      "upstream_rate_limited",
      code === 1305 ? "The model is overloaded right now. Retry in a moment." : "Too many requests to the provider. Retry in a moment.",
      429,
      retry,
    );
  if ([1210, 1213, 1214, 1215].includes(code) || (status === 400 && code !== 0))
    return new AppError("upstream_bad_request", `The provider refused a request parameter${field ? ` (${field})` : ""}.`, 400);
  if (status === 400)
    return new AppError("upstream_bad_request", "The provider refused the request.", 400);
  return new AppError("upstream_unavailable", "The provider is having trouble right now. Retry in a moment.", 502, retry);
}

function readCode(body: unknown): number {
  const err = (body as { error?: { code?: unknown } } | null)?.error;
  const n = typeof err?.code === "number" ? err.code : Number.parseInt(String(err?.code ?? ""), 10);
  return Number.isFinite(n) ? n : 0;
}

/** Field names are safe to show; the rest of the upstream message is not forwarded. */
function readField(body: unknown): string | undefined {
  const message = (body as { error?: { message?: unknown } } | null)?.error?.message;
  if (typeof message !== "string") return undefined;
  const known = ["temperature", "top_p", "max_tokens", "messages", "model", "thinking", "stop", "tools", "image_url", "video_url"];
  return known.find((f) => message.includes(f));
}

function parseRetryAfter(value?: string | null): number | undefined {
  if (!value) return undefined;
  const n = Number(value);
  return Number.isFinite(n) && n >= 0 ? Math.min(Math.round(n), 3600) : undefined;
}
