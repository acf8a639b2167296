import { z } from "zod";
import { parseModelsSetting } from "@/lib/glm/model-list";
import { parsePrices } from "@/lib/glm/prices";

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

const megabytes = (name: string, fallback: number) =>
  z.coerce
    .number({ error: `${name} must be a number of megabytes` })
    .positive(`${name} must be a positive number of megabytes`)
    .default(fallback);

export const envSchema = z.object({
  ZAI_API_KEY: z.string().trim().optional().transform((v) => (v ? v : undefined)),
  ZAI_BASE_URL: z
    .url({ protocol: /^https?$/, error: "ZAI_BASE_URL must be an http(s) URL such as https://api.z.ai/api/paas/v4" })
    .default("https://api.z.ai/api/paas/v4")
    .transform((v) => v.replace(/\/+$/, "")),
  ZAI_PROTOCOL: z.enum(["zai", "openai"], { error: "ZAI_PROTOCOL must be 'zai' or 'openai'" }).default("zai"),
  // Self-hosted model list override (format in .env.example) and price table (lib/glm/prices.ts).
  ZAI_MODELS: parsedBy(parseModelsSetting),
  MODEL_PRICES: parsedBy(parsePrices),
  PORT: z.coerce.number({ error: "PORT must be a number" }).int("PORT must be an integer").min(1).max(65535).optional(),
  CHAT_BODY_LIMIT_MB: megabytes("CHAT_BODY_LIMIT_MB", 40),
  VIDEO_LIMIT_MB: megabytes("VIDEO_LIMIT_MB", 50),
  DEMO_TOKENS_PER_SECOND: z.coerce.number({ error: "DEMO_TOKENS_PER_SECOND must be a number" }).positive().default(80),
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
  SHARE_RATE_PER_MINUTE: z.coerce.number({ error: "SHARE_RATE_PER_MINUTE must be a number" }).positive().default(10),
  SHARE_RATE_BURST: z.coerce.number({ error: "SHARE_RATE_BURST must be a number" }).int().min(1).default(20),
});

export type Env = z.infer<typeof envSchema>;

/** Parses the environment; the error names every bad variable so a misconfigured start is obvious. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const cleaned = Object.fromEntries(Object.entries(source).map(([k, v]) => [k, v === "" ? undefined : v]));
  const result = envSchema.safeParse(cleaned);
  if (result.success) return result.data;
  const lines = result.error.issues.map((i) => `  ${String(i.path[0])}: ${i.message}`);
  throw new Error(`Invalid configuration:\n${lines.join("\n")}`);
}
