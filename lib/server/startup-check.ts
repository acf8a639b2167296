/**
 * What `npm start` (scripts/start.mjs) checks before it starts `next start`, so a refused
 * configuration is the last thing printed instead of following Next's "Ready". The server checks
 * the same schema again at start (lib/server/check-env.ts) for `next start` and the container.
 * Pure: no logger, no "server-only", so start.mjs can load it through tsx.
 */
import { accessSync, constants, mkdirSync, statSync } from "node:fs";
import { resolve } from "node:path";
import { readEnv, type Env } from "./env-schema";

export const SEE_EXAMPLE = "See .env.example for the accepted values.";

/** The operator's words for a refused configuration: every bad variable, then where to look. */
export function refusalText(problems: string[]): string {
  return `Invalid configuration:\n${problems.map((p) => `  ${p}`).join("\n")}\n${SEE_EXAMPLE}`;
}

/** 127.0.0.0/8, ::1 and localhost: only this machine can connect. */
export function isLoopback(host: string): boolean {
  const h = host.trim().toLowerCase().replace(/^\[(.*)\]$/, "$1");
  return h === "localhost" || h === "::1" || /^127(\.\d{1,3}){3}$/.test(h);
}

/**
 * The warning for a server that spends the key for anyone who reaches it: listening beyond this
 * machine with a key and no ACCESS_CODES. The app has no other gate (ALLOWED_HOSTS checks the
 * Host header, not who asks), so every such client can chat. Demo mode spends nothing.
 */
export function openAccessWarning(env: Pick<Env, "ZAI_API_KEY" | "ACCESS_CODES">, host: string): string | undefined {
  if (!env.ZAI_API_KEY || env.ACCESS_CODES.length > 0 || isLoopback(host)) return undefined;
  return `Warning: listening on ${host} with ZAI_API_KEY set and no ACCESS_CODES: anyone who can reach this port can chat on your key. Set ACCESS_CODES (and SESSION_SECRET) to require sign-in, or HOST=127.0.0.1 to serve this machine only.`;
}

/**
 * Why the SQLite share store could not live in DATA_DIR (resolved from `cwd`, where the server
 * runs), creating it if missing. Otherwise the server says Ready and every share then fails.
 */
export function dataDirProblem(env: Pick<Env, "DATA_DIR" | "DATABASE_URL">, cwd: string): string | undefined {
  if (env.DATABASE_URL) return undefined; // shares go to PostgreSQL; DATA_DIR is unused
  const dir = resolve(cwd, env.DATA_DIR);
  const advice = "point DATA_DIR at a directory the server can create and write (shared links are stored there)";
  try {
    if (!statSync(dir, { throwIfNoEntry: false })?.isDirectory()) mkdirSync(dir, { recursive: true });
    accessSync(dir, constants.W_OK);
    return undefined;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "EEXIST") return `DATA_DIR: ${dir} is a file, not a directory; ${advice}`;
    if (code === "ENOTDIR") return `DATA_DIR: ${dir} is under a file, not a directory; ${advice}`;
    return `DATA_DIR: ${dir} cannot be created or written (${code ?? (error as Error).message}); ${advice}`;
  }
}

/**
 * start.mjs's one call, `host` being the address `next start` will listen on and `cwd` the
 * directory it runs in: refuse, or go on with a warning to print if any.
 */
export function startupReport(source: Record<string, string | undefined>, host: string, cwd: string): { error: string } | { warning?: string } {
  const read = readEnv(source);
  if ("problems" in read) return { error: refusalText(read.problems) };
  const dataDir = dataDirProblem(read.env, cwd);
  if (dataDir) return { error: refusalText([dataDir]) };
  return { warning: openAccessWarning(read.env, host) };
}
