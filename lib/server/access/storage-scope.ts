/** The signed-in person's storage scope for the page (lib/store/storage-scope.ts reads it). */
import "server-only";
import { sessionFromCookieHeader } from "./guard";
import { storageScopeOf } from "./scope-of-user";

/** The scope for a page request: none on a server without sign-in or without a session. */
export function storageScopeFor(cookieHeader: string | null): string | undefined {
  const session = sessionFromCookieHeader(cookieHeader);
  return session ? storageScopeOf(session.user) : undefined;
}
