/**
 * The server's one logger: JSON lines on stdout (pino), level from LOG_LEVEL (validated at start
 * by lib/server/env-schema.ts). Callers log chosen fields only; nothing logs a request's headers,
 * cookies or body, so the key, access codes, session cookies and message text cannot leak here;
 * an error's message is logged through safeError, which takes them out.
 */
import pino, { type DestinationStream, type Logger } from "pino";
import { errorType } from "./error-type";
import { redactMessage, secretsOf } from "./redact";

export const LOG_LEVELS = ["fatal", "error", "warn", "info", "debug", "trace", "silent"] as const;

export function createLogger(destination?: DestinationStream, level = process.env.LOG_LEVEL || "info"): Logger {
  return pino(
    {
      level: (LOG_LEVELS as readonly string[]).includes(level) ? level : "info",
      base: { service: "glm-chat" },
      timestamp: isoTime,
      formatters: { level: (label) => ({ level: label }) },
      // pino's own `err` serializer would take safeError's output (it has a message) for an error
      // and rename its type "Object"; and an Error logged as such goes through safeError too.
      serializers: { err: (err: unknown) => (err instanceof Error ? safeError(err) : err) },
      // Belt and braces: should a header object ever be logged, these never are.
      redact: { paths: ["headers.authorization", "headers.cookie", "*.authorization", "*.cookie", "key", "code", "token"], censor: "[redacted]" },
    },
    destination,
  );
}

let second = Number.NaN;
let secondText = "";

/**
 * pino's `isoTime` ("2026-12-01T23:53:16.123Z"), with the date formatted once per second: the
 * global `Date` is Next's wrapper, so `new Date(...)` on every line went through it and
 * `Reflect.construct`, ~0.3 ms a line in a profile at 200 concurrent streams.
 */
export function isoTime(): string {
  const now = Date.now();
  const s = Math.floor(now / 1000);
  if (s !== second) {
    second = s;
    secondText = new Date(s * 1000).toISOString().slice(0, 19);
  }
  return `,"time":"${secondText}.${String(now - s * 1000).padStart(3, "0")}Z"`;
}

let shared: Logger | undefined;
const unredacted = new WeakMap<Logger, Logger>();

export function getLogger(): Logger {
  shared ??= createLogger();
  return shared;
}

/**
 * The shared logger without the redaction net, for the per-request line only (request-log.ts),
 * whose fields are fixed: ids, method, route, status, timings, the user's name and an error's
 * type, code and frames, never a header, cookie or body. pino applies a `*.x` redaction path by
 * cloning every top-level value of every line: a third of that line's cost in the same profile.
 */
export function getRequestLineLogger(): Logger {
  const base = getLogger();
  let plain = unredacted.get(base);
  if (!plain) unredacted.set(base, (plain = base.child({}, { redact: [] })));
  return plain;
}

/** For tests: route the shared logger somewhere else (returns the previous one). */
export function setLogger(logger: Logger | undefined): Logger | undefined {
  const previous = shared;
  shared = logger;
  return previous;
}

type SafeError = { type: string; code?: string; message?: string; stack?: string; cause?: SafeError };

/**
 * What of an error may be logged: its type (readable even from the minified bundle), code, message (redacted: lib/server/log/redact.ts),
 * where it happened, and the same of its cause (fetch's "fetch failed" names the address there).
 */
export function safeError(error: unknown, secrets = secretsOf(process.env), depth = 0): SafeError {
  if (!(error instanceof Error)) return { type: typeof error };
  const code = (error as { code?: unknown }).code;
  const frames = depth ? undefined : error.stack?.split("\n").filter((l) => /^\s+at /.test(l)).slice(0, 8).join("\n");
  // Node's AggregateError for a dual-stack connect has no message of its own, only its attempts'.
  const text = error.message || (error instanceof AggregateError ? error.errors.map((e) => (e instanceof Error ? e.message : "")).filter(Boolean).join("; ") : "");
  return {
    type: errorType(error),
    ...(typeof code === "string" && /^[\w.-]{1,40}$/.test(code) ? { code } : {}),
    ...(text ? { message: redactMessage(text, secrets) } : {}),
    ...(frames ? { stack: frames } : {}),
    ...(depth === 0 && error.cause !== undefined ? { cause: safeError(error.cause, secrets, 1) } : {}),
  };
}
