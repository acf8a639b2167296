import { createHash, timingSafeEqual } from "node:crypto";
import { splitAccessCode } from "./code-entry";

/** One access code and the name its sessions carry (`alice:code1` or a bare `code1`). */
export interface AccessCode {
  user: string;
  digest: Buffer;
}

const digest = (s: string) => createHash("sha256").update(s, "utf8").digest();

/** Parses `ACCESS_CODES` entries (the startup check has refused two entries with one code). */
export function parseAccessCodes(entries: string[]): AccessCode[] {
  return entries.map((entry, i) => {
    const { user, code } = splitAccessCode(entry, i);
    return { user, digest: digest(code) };
  });
}

/**
 * The user a code belongs to, or undefined. Every code is compared (fixed-length digests,
 * timingSafeEqual) so neither the position of a match nor a common prefix shows in the timing.
 */
export function matchCode(codes: AccessCode[], attempt: string): string | undefined {
  const tried = digest(attempt);
  let found: string | undefined;
  for (const c of codes) {
    if (timingSafeEqual(c.digest, tried) && found === undefined) found = c.user;
  }
  return found;
}
