import "server-only";
import { parseEnv, type Env } from "./env-schema";

let cached: Env | undefined;

/** The server configuration, parsed once. Only server code may import this (it holds the key). */
export function getEnv(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}

export function isDemoMode(): boolean {
  return !getEnv().ZAI_API_KEY;
}
