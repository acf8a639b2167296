import { readEnv, type Env } from "./env-schema";
import { getLogger } from "./log/logger";
import { SEE_EXAMPLE } from "./startup-check";

/**
 * The server's own check, for `next start` run directly and the container's server.js (npm start
 * refuses a bad configuration in plain words before Next starts). This process's output is the
 * JSON log, so the refusal is one fatal line naming every bad variable in `problems`.
 */
export function checkEnvOrExit(source: Record<string, string | undefined> = process.env): Env {
  const read = readEnv(source);
  if ("env" in read) return read.env;
  getLogger().fatal({ problems: read.problems }, `Invalid configuration, the server will not start: ${read.problems.join("; ")}. ${SEE_EXAMPLE}`);
  process.exit(1);
}
