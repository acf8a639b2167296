/**
 * Whose data this page reads and writes. On a server with sign-in the page carries the signed-in
 * person's storage scope (`<html data-storage-scope>`, a hash of their name: lib/server/access/
 * storage-scope.ts), and every store in the browser (the IndexedDB databases, the drafts, the
 * settings, the shared links) is named for it: on a shared computer the next person to sign in
 * sees their own chats, not the last person's. It keeps people apart; it is not a lock against
 * someone with the browser profile in hand (the data was never encrypted).
 *
 * The names from before stay with whoever signs in first on this browser (the person who most
 * likely wrote what is there): nothing saved before sign-in was per person is lost. Without
 * sign-in there is no scope and nothing changes.
 */
export const LEGACY_OWNER_KEY = "glm-chat:legacy-owner";

let suffix: string | undefined;

function pageScope(): string | undefined {
  return typeof document === "undefined" ? undefined : document.documentElement.dataset.storageScope;
}

function resolve(): string {
  const scope = pageScope();
  if (!scope) return "";
  try {
    const owner = localStorage.getItem(LEGACY_OWNER_KEY);
    if (owner === scope) return "";
    if (owner === null) {
      localStorage.setItem(LEGACY_OWNER_KEY, scope);
      return "";
    }
  } catch {
    // Storage blocked: nobody can be told the earlier names are theirs, so nobody gets them.
  }
  return `@${scope}`;
}

/** A store's name for the person signed in: the name itself, or the name with their scope. */
export function scopedName(name: string): string {
  suffix ??= resolve();
  return name + suffix;
}

/**
 * Whether this page's stores are the signed-in person's own (a server with sign-in): an address
 * this browser holds no chat for may then be someone else's on this same browser, not only one
 * deleted or kept in another browser. Never whose: other people's stores are not read.
 */
export function storageIsPerPerson(): boolean {
  return !!pageScope();
}

/** Tests: forget the resolved scope. */
export function resetStorageScope(): void {
  suffix = undefined;
}
