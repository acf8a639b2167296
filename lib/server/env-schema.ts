import { z } from "zod";
import { parseModelsSetting } from "@/lib/glm/model-list";
import { readFileSync } from "node:fs";
import { parsePriceFile, parsePrices } from "@/lib/glm/prices";
import { allowedHostProblem } from "@/lib/server/access/request-checks";
import { accessCodeConflicts, splitAccessCode } from "@/lib/server/access/code-entry";

/** A setting read by a parser that throws plain words; the words become the issue. */
const parsedBy = (parse: (v: string) => unknown) =>
  z.string().trim().optional().superRefine((v, ctx) => {
    if (!v) return;
    try {
      parse(v);
    } catch (error) {
      ctx.addIssue({ code: "custom", message: (error as Error).message });
    }
  });

const count = (name: string, fallback: number) =>
  z.coerce.number({ error: `${name} must be a whole number` }).int(`${name} must be a whole number`).min(1, `${name} must be at least 1`).default(fallback);

const seconds = (name: string, fallback: number) =>
  z.coerce.number({ error: `${name} must be a number of seconds` }).positive(`${name} must be a positive number of seconds`).default(fallback);

const HOPS_RANGE = "TRUST_PROXY_HOPS must be a whole number from 0 to 10 (the reverse proxies in front of the server)";
const PORT_RANGE = "PORT must be a port number from 1 to 65535";

const splitList = (v: string | undefined) => (v ?? "").split(",").map((s) => s.trim()).filter(Boolean);
const list = z.string().optional().transform(splitList);

/** Exported for proxy.ts, which cannot read lib/server/env (server-only). */
export const allowedHostsSchema = list.superRefine((hosts, ctx) => {
  for (const host of hosts) {
    const problem = allowedHostProblem(host);
    if (problem) ctx.addIssue({ code: "custom", message: problem });
  }
});

/**
 * ACCESS_CODES: set but holding no code (`,` or ` , `) would quietly leave the server open, the
 * opposite of what writing it meant. Empty (or blank) stays "no codes": the documented way to run open.
 */
const accessCodes = z
  .string()
  .optional()
  .transform((v, ctx) => {
    const codes = splitList(v);
    // In the transform, so the object's own checks below still get a list.
    if (v?.trim() && codes.length === 0) {
      ctx.addIssue({ code: "custom", message: "ACCESS_CODES is set but lists no code: remove it to run without sign-in, or list the codes" });
    }
    return codes;
  });

const megabytes = (name: string, fallback: number) =>
  z.coerce
    .number({ error: `${name} must be a number of megabytes` })
    .positive(`${name} must be a positive number of megabytes`)
    .default(fallback);

/** The address people use to reach the app: share links and og:url are built from it, never from Host. */
export const publicUrlSchema = z
  .url({ protocol: /^https?$/, error: "PUBLIC_URL must be an http(s) URL such as https://chat.example.com" })
  .refine((v) => {
    if (!URL.canParse(v)) return true; // already reported by the url check
    const u = new URL(v);
    return !u.search && !u.hash && !u.username && !u.password;
  }, {
    error: "PUBLIC_URL must be a plain address without query, fragment or credentials",
  })
  .transform((v) => v.replace(/\/+$/, ""))
  .optional();

export const envSchema = z
  .object({
  ZAI_API_KEY: z.string().trim().optional().transform((v) => (v ? v : undefined)),
  ZAI_BASE_URL: z
    .url({ protocol: /^https?$/, error: "ZAI_BASE_URL must be an http(s) URL such as https://api.z.ai/api/paas/v4" })
    .default("https://api.z.ai/api/paas/v4")
    .transform((v) => v.replace(/\/+$/, "")),
  ZAI_PROTOCOL: z.enum(["zai", "openai"], { error: "ZAI_PROTOCOL must be 'zai' or 'openai'" }).default("zai"),
  // The cheap model that names conversations (lib/server/title.ts); `off` turns titles off.
  TITLE_MODEL: z.string().trim().max(100, "TITLE_MODEL must be a model id of at most 100 characters").optional().transform((v) => (v ? v : undefined)),
  // Self-hosted model list override (format in .env.example) and price table (lib/glm/prices.ts).
  ZAI_MODELS: parsedBy(parseModelsSetting),
  MODEL_PRICES: parsedBy(parsePrices),
  // The same table in a file (one entry per line); MODEL_PRICES entries win over it.
  MODEL_PRICES_FILE: parsedBy((path) => parsePriceFile(path, (p) => readFileSync(p, "utf8"))),
  PORT: z.coerce.number({ error: PORT_RANGE }).int(PORT_RANGE).min(1, PORT_RANGE).max(65535, PORT_RANGE).optional(),
  CHAT_BODY_LIMIT_MB: megabytes("CHAT_BODY_LIMIT_MB", 40),
  // Held to what one video fits CHAT_BODY_LIMIT_MB as base64 (effectiveVideoMb, lib/chat/request-size.ts:
  // 29 at the default 40), not refused: the defaults themselves differ, and docs/deploy.md says how they relate.
  VIDEO_LIMIT_MB: megabytes("VIDEO_LIMIT_MB", 50),
  DEMO_TOKENS_PER_SECOND: z.coerce.number({ error: "DEMO_TOKENS_PER_SECOND must be a number" }).positive("DEMO_TOKENS_PER_SECOND must be more than 0").default(80),
  // Sharing: SQLite file under DATA_DIR unless DATABASE_URL names a PostgreSQL server.
  DATA_DIR: z.string().trim().min(1).default("./data"),
  DATABASE_URL: z
    .url({ protocol: /^postgres(ql)?$/, error: "DATABASE_URL must be a postgres:// or postgresql:// URL" })
    .optional(),
  SHARE_TTL_DAYS: z.coerce
    .number({ error: "SHARE_TTL_DAYS must be a number of days" })
    .positive("SHARE_TTL_DAYS must be a positive number of days")
    .optional(),
  SHARE_LIMIT_MB: megabytes("SHARE_LIMIT_MB", 25),
  SHARE_RATE_PER_MINUTE: z.coerce.number({ error: "SHARE_RATE_PER_MINUTE must be a number" }).positive("SHARE_RATE_PER_MINUTE must be more than 0").default(10),
  SHARE_RATE_BURST: count("SHARE_RATE_BURST", 20),
  SHARE_DAILY_PER_CLIENT: count("SHARE_DAILY_PER_CLIENT", 200),
  SHARE_DAILY_MB_PER_CLIENT: megabytes("SHARE_DAILY_MB_PER_CLIENT", 200),
  SHARE_DAILY_TOTAL: count("SHARE_DAILY_TOTAL", 5000),
  SHARE_DAILY_MB_TOTAL: megabytes("SHARE_DAILY_MB_TOTAL", 5000),
  // Access: private when codes are set; the secret signs the session cookie.
  ACCESS_CODES: accessCodes,
  SESSION_SECRET: z.string().optional(),
  SESSION_DAYS: z.coerce.number({ error: "SESSION_DAYS must be a number of days" }).positive("SESSION_DAYS must be a positive number of days").default(30),
  ALLOWED_HOSTS: allowedHostsSchema,
  TRUST_PROXY_HOPS: z.coerce.number({ error: HOPS_RANGE }).int(HOPS_RANGE).min(0, HOPS_RANGE).max(10, HOPS_RANGE).default(0),
  REDIS_URL: z
    .url({ protocol: /^rediss?$/, error: "REDIS_URL must be a redis:// or rediss:// URL" })
    // `redis:6379` parses as a URL with no host; the store would then never connect.
    .refine((v) => !URL.canParse(v) || new URL(v).hostname !== "", { error: "REDIS_URL must name a host, such as redis://redis:6379" })
    .optional(),
  REDIS_KEY_PREFIX: z.string().trim().min(1).max(100).default("glmchat:"),
  // Limits.
  CHAT_RATE_PER_MINUTE: count("CHAT_RATE_PER_MINUTE", 30),
  TITLE_RATE_PER_MINUTE: count("TITLE_RATE_PER_MINUTE", 20),
  USER_DAILY_TOKENS: z.coerce
    .number({ error: "USER_DAILY_TOKENS must be a whole number of tokens" })
    .int("USER_DAILY_TOKENS must be a whole number of tokens")
    .min(1, "USER_DAILY_TOKENS must be at least 1 token; leave it unset for no daily budget")
    .optional(),
  CHAT_MAX_IN_FLIGHT: count("CHAT_MAX_IN_FLIGHT", 200),
  CHAT_MAX_PARTS: count("CHAT_MAX_PARTS", 100),
  CHAT_MAX_IMAGES: count("CHAT_MAX_IMAGES", 50),
  BODY_READ_TIMEOUT_S: seconds("BODY_READ_TIMEOUT_S", 60),
  SIGN_IN_ATTEMPTS_PER_MINUTE: count("SIGN_IN_ATTEMPTS_PER_MINUTE", 5),
  // Upstream.
  UPSTREAM_TIMEOUT_S: seconds("UPSTREAM_TIMEOUT_S", 60),
  UPSTREAM_IDLE_TIMEOUT_S: seconds("UPSTREAM_IDLE_TIMEOUT_S", 120),
  // On SIGTERM, how long running answers may go on before they are ended as interrupted.
  SHUTDOWN_GRACE_S: z.coerce
    .number({ error: "SHUTDOWN_GRACE_S must be a number of seconds" })
    .min(0, "SHUTDOWN_GRACE_S must be 0 or more seconds")
    .default(20),
  // Pages and logs.
  PUBLIC_URL: publicUrlSchema,
  LOG_LEVEL: z
    .enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"], {
      error: "LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent",
    })
    .default("info"),
})
  .superRefine((env, ctx) => {
    if (env.ACCESS_CODES.length === 0) return;
    if (!env.SESSION_SECRET || env.SESSION_SECRET.length < 32) {
      // The docs' `SESSION_SECRET=$(openssl rand -hex 32)`, copied into .env.local, arrives as
      // words (the file runs no command) and was refused as "must be set" by an operator who had set it.
      const command = /openssl|\$\(|`/.test(env.SESSION_SECRET ?? "");
      ctx.addIssue({
        code: "custom",
        path: ["SESSION_SECRET"],
        message: command
          ? "holds a shell command, not a secret: .env.local does not run commands. Run `openssl rand -hex 32` and paste its output as the value"
          : "must be set to at least 32 characters when ACCESS_CODES is set (it signs the session cookie); generate one with `openssl rand -hex 32`",
      });
    }
    if (env.ACCESS_CODES.some((entry, i) => splitAccessCode(entry, i).code.length < 4)) {
      ctx.addIssue({ code: "custom", path: ["ACCESS_CODES"], message: "each code must be at least 4 characters (`name:code` or `code`, comma-separated)" });
    }
    for (const message of accessCodeConflicts(env.ACCESS_CODES)) ctx.addIssue({ code: "custom", path: ["ACCESS_CODES"], message });
  });

export type Env = z.infer<typeof envSchema>;

/**
 * `NAME: what is wrong`, naming the variable once where the message already begins with it
 * ("REDIS_URL must…", or a parser's own "MODEL_PRICES: cannot read…", "MODEL_PRICES_FILE (path): …").
 */
function problemLine(name: string, message: string): string {
  return message.startsWith(name) && /^[\s:(]/.test(message.slice(name.length)) ? message : `${name}: ${message}`;
}

/** The parsed environment, or one `NAME: what is wrong` line per bad variable. */
export function readEnv(source: Record<string, string | undefined>): { env: Env } | { problems: string[] } {
  const cleaned = Object.fromEntries(Object.entries(source).map(([k, v]) => [k, v === "" ? undefined : v]));
  const result = envSchema.safeParse(cleaned);
  if (result.success) return { env: result.data };
  return { problems: result.error.issues.map((i) => problemLine(String(i.path[0]), i.message)) };
}

/** Parses the environment; the error names every bad variable so a misconfigured start is obvious. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const read = readEnv(source);
  if ("env" in read) return read.env;
  throw new Error(`Invalid configuration:\n${read.problems.map((p) => `  ${p}`).join("\n")}`);
}
