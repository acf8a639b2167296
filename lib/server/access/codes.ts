import { createHash, timingSafeEqual } from "node:crypto";

/** One access code and the name its sessions carry (`alice:code1` or a bare `code1`). */
export interface AccessCode {
  user: string;
  digest: Buffer;
}

const digest = (s: string) => createHash("sha256").update(s, "utf8").digest();

/** Parses `ACCESS_CODES` entries; a bare code is named `user<n>` so logs and budgets still tell people apart. */
export function parseAccessCodes(entries: string[]): AccessCode[] {
  return entries.map((entry, i) => {
    const at = entry.indexOf(":");
    const user = at > 0 ? entry.slice(0, at).trim() : `user${i + 1}`;
    const code = at > 0 ? entry.slice(at + 1).trim() : entry.trim();
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
