/**
 * The server's one logger: JSON lines on stdout (pino), level from LOG_LEVEL (validated at start
 * by lib/server/env-schema.ts). Callers log chosen fields only; nothing logs a request's headers,
 * cookies or body, so the key, access codes, session cookies and message text cannot leak here.
 */
import pino, { type DestinationStream, type Logger } from "pino";

export const LOG_LEVELS = ["fatal", "error", "warn", "info", "debug", "trace", "silent"] as const;

export function createLogger(destination?: DestinationStream, level = process.env.LOG_LEVEL || "info"): Logger {
  return pino(
    {
      level: (LOG_LEVELS as readonly string[]).includes(level) ? level : "info",
      base: { service: "glm-chat" },
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      // Belt and braces: should a header object ever be logged, these never are.
      redact: { paths: ["headers.authorization", "headers.cookie", "*.authorization", "*.cookie", "key", "code", "token"], censor: "[redacted]" },
    },
    destination,
  );
}

let shared: Logger | undefined;

export function getLogger(): Logger {
  shared ??= createLogger();
  return shared;
}

/** For tests: route the shared logger somewhere else (returns the previous one). */
export function setLogger(logger: Logger | undefined): Logger | undefined {
  const previous = shared;
  shared = logger;
  return previous;
}

/**
 * What of an error may be logged: its type, code and where it happened. Never its message, which
 * can quote input (JSON.parse puts the body's first characters in it).
 */
export function safeError(error: unknown): { type: string; code?: string; stack?: string } {
  if (!(error instanceof Error)) return { type: typeof error };
  const code = (error as { code?: unknown }).code;
  const frames = error.stack?.split("\n").filter((l) => /^\s+at /.test(l)).slice(0, 8).join("\n");
  return { type: error.name, ...(typeof code === "string" && /^[\w.-]{1,40}$/.test(code) ? { code } : {}), ...(frames ? { stack: frames } : {}) };
}
