import "server-only";
import { readFileSync } from "node:fs";
import { join } from "node:path";

let cached: string | null | undefined;

/**
 * The id Next gave this build (.next/BUILD_ID, beside the server in both `next start` and the
 * standalone server, which runs from its own folder). Null where there is none (dev).
 */
export function buildId(): string | null {
  if (cached === undefined) {
    try {
      cached = readFileSync(join(process.cwd(), ".next", "BUILD_ID"), "utf8").trim() || null;
    } catch {
      cached = null;
    }
  }
  return cached;
}
