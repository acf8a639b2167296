import { AppError } from "@/lib/errors";

/**
 * Maps an upstream failure (docs/glm-protocol.md sections 4 and 8) to our envelope, whether it came as
 * an HTTP error or as an `{"error": ...}` payload inside a 200 stream (status 200 then). The code
 * decides first; the HTTP status only fills in when the code is unknown, because Z.ai sends
 * provider faults (1234, 500) with HTTP 400 and overload (1305) with 200. The raw upstream
 * message is never forwarded: it may echo request data, and messages must be plain words.
 */
export function mapUpstreamError(status: number, body: unknown, retryAfter?: string | null, protocol: "zai" | "openai" = "zai"): AppError {
  const code = readCode(body);
  const retry = parseRetryAfter(retryAfter);

  if ((code >= 1000 && code <= 1004) || status === 401 || status === 403)
    return new AppError("upstream_auth", "The server's API key was rejected by the provider. The administrator needs to check ZAI_API_KEY.", 502);
  if (code === 1113)
    return new AppError("upstream_quota", "The provider account is out of credit. Top up the balance, then retry.", 402);
  if (code === 1308) return usageLimit(readMessage(body));
  if (code === 1211 || (status === 404 && protocol === "openai" && namesModel(body)))
    return new AppError("upstream_unknown_model", "The provider does not know this model. Pick another model and retry.", 400);
  // Any other 404 is a path with no chat API behind it: every model would look unknown.
  if (status === 404)
    return new AppError("upstream_misconfigured", "The provider has no chat API at the server's configured address. The administrator needs to check ZAI_BASE_URL.", 502);
  if (code === 1261)
    return new AppError("upstream_prompt_too_long", "The conversation is too long for this model. Shorten it or start a new chat.", 400);
  if (code === 1301)
    return new AppError("upstream_content_filter", "The provider blocked this content as unsafe.", 400);
  if (code === 1302 || code === 1303 || code === 1305)
    return new AppError(
      "upstream_rate_limited",
      code === 1305 ? "The model is overloaded right now. Retry in a moment." : "Too many requests to the provider. Retry in a moment.",
      429,
      retry,
    );
  if (PROVIDER_FAULTS.includes(code)) return unavailable(retry);
  if (BAD_PARAMETER.includes(code) || (status === 400 && code !== 0)) {
    const field = readField(body);
    return new AppError("upstream_bad_request", `The provider refused a request parameter${field ? ` (${field})` : ""}.`, 400, undefined, undefined, field);
  }
  if (status === 429) return new AppError("upstream_rate_limited", "Too many requests to the provider. Retry in a moment.", 429, retry);
  if (status === 400) return new AppError("upstream_bad_request", "The provider refused the request.", 400);
  return unavailable(retry);
}

const PROVIDER_FAULTS = [500, 1200, 1230, 1234];
const BAD_PARAMETER = [1210, 1213, 1214, 1215];

function unavailable(retry?: number): AppError {
  return new AppError("upstream_unavailable", "The provider is having trouble right now. Retry in a moment.", 502, retry);
}

/** 1308: the plan's usage cap. Retrying soon cannot help, so no Retry-After; say when it lifts. */
function usageLimit(message: string | undefined): AppError {
  const reset = parseResetTime(message);
  // Without a time there is no "then" to point at.
  const when = reset ? ` It resets at ${reset.clock} (${reset.date}, provider time). Retrying before then will not help.` : " Retrying will not help until it resets.";
  return new AppError("usage_limit", `The plan's usage limit is reached.${when}`, 429, undefined, reset?.iso);
}

/**
 * "Your limit will reset at 2026-08-27 21:31:39". Z.ai prints its own clock without a zone;
 * China Standard Time (UTC+8) is assumed unless the text names an offset or UTC.
 */
export function parseResetTime(message: string | undefined): { iso: string; clock: string; date: string } | undefined {
  const m = /(\d{4}-\d{2}-\d{2})[ T](\d{2}):(\d{2})(?::(\d{2}))?\s*(Z|UTC|GMT|[+-]\d{2}:?\d{2})?/.exec(message ?? "");
  if (!m) return undefined;
  const zone = !m[5] ? "+08:00" : /^(Z|UTC|GMT)$/.test(m[5]) ? "Z" : m[5].replace(/^([+-]\d{2})(\d{2})$/, "$1:$2");
  const time = new Date(`${m[1]}T${m[2]}:${m[3]}:${m[4] ?? "00"}${zone}`);
  if (Number.isNaN(time.getTime())) return undefined;
  return { iso: time.toISOString(), clock: `${m[2]}:${m[3]}`, date: m[1] };
}

function readCode(body: unknown): number {
  const err = (body as { error?: { code?: unknown } } | null)?.error;
  const n = typeof err?.code === "number" ? err.code : Number.parseInt(String(err?.code ?? ""), 10);
  return Number.isFinite(n) ? n : 0;
}

/**
 * vLLM answers a model name it does not serve with 404 `{"object":"error","type":"NotFoundError",
 * "message":"The model `x` does not exist."}` (newer releases nest it under `error`); a path it has
 * no route for gets the web framework's `{"detail":"Not Found"}`.
 */
function namesModel(body: unknown): boolean {
  const outer = body as { error?: unknown; type?: unknown; message?: unknown } | null;
  const err = (outer && typeof outer.error === "object" ? outer.error : outer) as { type?: unknown; message?: unknown } | null;
  return err?.type === "NotFoundError" || (typeof err?.message === "string" && /\bmodel\b/i.test(err.message));
}

function readMessage(body: unknown): string | undefined {
  const message = (body as { error?: { message?: unknown } } | null)?.error?.message;
  return typeof message === "string" ? message : undefined;
}

/**
 * Request fields, the most specific first: "messages[0].content[1].image_url" names image_url,
 * and "model glm-4.5 does not support thinking" names thinking, not the containers around them.
 */
const KNOWN_FIELDS = ["image_url", "video_url", "temperature", "top_p", "max_tokens", "thinking", "stop", "tools", "messages", "model"];
const FIELD_PATTERNS = KNOWN_FIELDS.map((f) => [f, new RegExp(`(?:^|[^a-z_])${f}(?:[^a-z_]|$)`, "i")] as const);

/** Field names are safe to show; the rest of the upstream message is not forwarded. Whole words only ("stopped" is not stop). */
function readField(body: unknown): string | undefined {
  const message = readMessage(body);
  if (!message) return undefined;
  return FIELD_PATTERNS.find(([, pattern]) => pattern.test(message))?.[0];
}

function parseRetryAfter(value?: string | null): number | undefined {
  if (!value) return undefined;
  const n = Number(value);
  return Number.isFinite(n) && n >= 0 ? Math.min(Math.round(n), 3600) : undefined;
}
