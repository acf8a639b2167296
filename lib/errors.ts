import { z } from "zod/mini";

/** The one error envelope used by every route and rebuilt on the client. */
export const ERROR_CODES = [
  "bad_request",
  "payload_too_large",
  "unsupported_media",
  "rate_limited",
  "not_found",
  "forbidden",
  "upstream_auth",
  "upstream_quota",
  "usage_limit",
  "upstream_rate_limited",
  "upstream_bad_request",
  "upstream_content_filter",
  "upstream_prompt_too_long",
  "upstream_unknown_model",
  "upstream_misconfigured",
  "upstream_unavailable",
  "stream_interrupted",
  "network",
  "internal",
  "unauthorized",
  "unsupported_media_type",
  "budget_exhausted",
  "budget_held",
  "prompt_over_budget",
  "server_busy",
  "limits_unavailable",
  "upstream_timeout",
  "share_unavailable",
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

/** Seconds the server waited (`waitedSeconds`); a bad number drops only itself, the error still reaches the card. */
export const waitedSecondsSchema = z.catch(z.optional(z.int().check(z.nonnegative())), undefined);

export const errorEnvelopeSchema = z.object({
  code: z.string(),
  message: z.string(),
  resetAt: z.optional(z.string()),
  param: z.optional(z.string()),
  waitedSeconds: waitedSecondsSchema,
});
/**
 * `resetAt` (ISO time) only with `usage_limit` and `budget_exhausted`: when the cap lifts, shown in
 * local time. `param` only with `upstream_bad_request`: the request field the provider named (one
 * of a fixed list, never upstream text), so every language can say which. `waitedSeconds` only
 * with `upstream_timeout`: the server's own wait for the model's first byte (UPSTREAM_TIMEOUT_S) or
 * through the silence that ended the answer (UPSTREAM_IDLE_TIMEOUT_S), so every language can say how long it waited.
 */
export type ErrorEnvelope = { code: ErrorCode | (string & {}); message: string; resetAt?: string; param?: string; waitedSeconds?: number };

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly status = 400,
    readonly retryAfterSeconds?: number,
    readonly resetAt?: string,
    readonly param?: string,
    readonly waitedSeconds?: number,
  ) {
    super(message);
  }

  toEnvelope(): ErrorEnvelope {
    return {
      code: this.code,
      message: this.message,
      ...(this.resetAt ? { resetAt: this.resetAt } : {}), ...(this.param ? { param: this.param } : {}),
      ...(this.waitedSeconds !== undefined ? { waitedSeconds: this.waitedSeconds } : {}),
    };
  }
}

/** The code of each envelope `errorResponse` made, for the request's log line (lib/server/log/request-log.ts). */
const envelopeCodes = new WeakMap<Response, ErrorCode>();

export function errorResponse(error: AppError): Response {
  const headers: Record<string, string> = { "Cache-Control": "no-store" };
  if (error.retryAfterSeconds !== undefined) headers["Retry-After"] = String(error.retryAfterSeconds);
  const response = Response.json(error.toEnvelope(), { status: error.status, headers });
  envelopeCodes.set(response, error.code);
  return response;
}

/**
 * The error code a response answered with, when it is the app's envelope: read without its body
 * (a stream the client reads), and only from the app's own list, never upstream or request text.
 */
export function envelopeCode(response: Response): ErrorCode | undefined {
  return envelopeCodes.get(response);
}
