import { createHash } from "node:crypto";

/**
 * A person's storage scope: a short hash of their name, not a secret. It names their stores in
 * the browser (lib/store/storage-scope.ts) so people sharing a computer do not see each other's
 * chats. Not keyed by SESSION_SECRET, so rotating the secret (to end every session) does not hide
 * anyone's chats from them.
 */
export function storageScopeOf(user: string): string {
  return createHash("sha256").update(`glm-chat storage\0${user}`).digest("base64url").slice(0, 16);
}
