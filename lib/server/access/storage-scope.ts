/** The signed-in person's storage scope for the page (lib/store/storage-scope.ts reads it). */
import "server-only";
import { createHash } from "node:crypto";
import { sessionFromCookieHeader } from "./guard";

/**
 * A short hash of the person's name, not a secret: it names their stores in the browser so people
 * sharing a computer do not see each other's chats. Not keyed by SESSION_SECRET, so rotating the
 * secret (to end every session) does not hide anyone's chats from them.
 */
export function storageScopeOf(user: string): string {
  return createHash("sha256").update(`glm-chat storage\0${user}`).digest("base64url").slice(0, 16);
}

/** The scope for a page request: none on a server without sign-in or without a session. */
export function storageScopeFor(cookieHeader: string | null): string | undefined {
  const session = sessionFromCookieHeader(cookieHeader);
  return session ? storageScopeOf(session.user) : undefined;
}
