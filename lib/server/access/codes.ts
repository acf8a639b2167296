import { createHash, timingSafeEqual } from "node:crypto";
import { splitAccessCode } from "./code-entry";
import { codeTag, type Session } from "./session-token";

/** One access code and the name its sessions carry (`alice:code1` or a bare `code1`). */
export interface AccessCode {
  user: string;
  digest: Buffer;
  /** What a session signed in with this code carries instead of the code (codeTag). */
  tag: string;
}

const digest = (s: string) => createHash("sha256").update(s, "utf8").digest();

/** Parses `ACCESS_CODES` entries (the startup check has refused two entries with one code). */
export function parseAccessCodes(entries: string[], secret: string): AccessCode[] {
  return entries.map((entry, i) => {
    const { user, code } = splitAccessCode(entry, i);
    return { user, digest: digest(code), tag: codeTag(code, secret) };
  });
}

/**
 * The entry a code belongs to, or undefined. Every code is compared (fixed-length digests,
 * timingSafeEqual) so neither the position of a match nor a common prefix shows in the timing.
 */
export function matchCode(codes: AccessCode[], attempt: string): AccessCode | undefined {
  // ACCESS_CODES entries are trimmed (code-entry.ts): a code pasted with a space around it is the
  // same code, not a wrong guess that uses up one of the minute's attempts.
  const tried = digest(attempt.trim());
  let found: AccessCode | undefined;
  for (const c of codes) {
    if (timingSafeEqual(c.digest, tried) && found === undefined) found = c;
  }
  return found;
}

/**
 * Whether a session's code is still listed for its user. Built once from ACCESS_CODES: removing
 * a code ends its sessions, rotating a code ends only the old one's, and a bare code's cookie
 * whose `userN` now names another entry does not act as that entry's person.
 */
export function listedSessions(codes: AccessCode[]): (session: Pick<Session, "user" | "tag">) => boolean {
  const listed = new Map<string, Set<string>>();
  for (const c of codes) listed.set(c.user, (listed.get(c.user) ?? new Set()).add(c.tag));
  return (session) => listed.get(session.user)?.has(session.tag) ?? false;
}
