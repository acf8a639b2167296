/**
 * "Continue this chat" clicked on a private server's shared page, before signing in: the link
 * leads to `/?import=<id>` behind the sign-in form, where a link anyone can send is asked about
 * first. The click itself said yes, so this tab remembers it (sessionStorage: this tab, this
 * origin; a link followed from elsewhere carries nothing) and the copy is made once signed in
 * without asking again, as on an open server.
 */
const KEY = "glm-chat:continue-intent";

export function rememberContinueIntent(shareId: string): void {
  try {
    sessionStorage.setItem(KEY, shareId);
  } catch {
    // Storage blocked: the page asks after sign-in, as before.
  }
}

/** True once, for the share the click named; the mark is gone after it is read. */
export function takeContinueIntent(shareId: string): boolean {
  try {
    const intended = sessionStorage.getItem(KEY);
    sessionStorage.removeItem(KEY);
    return intended === shareId;
  } catch {
    return false;
  }
}
