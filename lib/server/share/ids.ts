import { createHash, randomBytes, timingSafeEqual } from "node:crypto";

/** 16 bytes = 128 random bits: share ids cannot be guessed or enumerated. */
export const SHARE_ID_BYTES = 16;
/** The deletion token is a separate secret, longer than the id. */
export const TOKEN_BYTES = 32;

export const SHARE_ID_PATTERN = /^[A-Za-z0-9_-]{22}$/;

export function newShareId(): string {
  return randomBytes(SHARE_ID_BYTES).toString("base64url");
}

export function newDeleteToken(): string {
  return randomBytes(TOKEN_BYTES).toString("base64url");
}

/** Cheap pre-check so malformed ids never reach the database. */
export function isShareId(id: string): boolean {
  return SHARE_ID_PATTERN.test(id);
}

export function hashToken(token: string): Buffer {
  return createHash("sha256").update(token, "utf8").digest();
}

/** Constant-time comparison of a presented token against the stored hash. */
export function tokenMatches(presented: string, storedHash: Uint8Array): boolean {
  const candidate = hashToken(presented);
  if (storedHash.byteLength !== candidate.byteLength) return false;
  return timingSafeEqual(candidate, storedHash);
}
