/**
 * URLs of conversations. Navigation inside the app uses the native History API, which Next.js
 * syncs with usePathname: the chat shell stays mounted and no server round trip is made.
 */

export function conversationPath(id: string): string {
  return `/c/${encodeURIComponent(id)}`;
}

/** The conversation id in a pathname, or null for a new chat. */
export function idFromPath(pathname: string | null): string | null {
  const match = /^\/c\/([^/]+)\/?$/.exec(pathname ?? "");
  if (!match) return null;
  try {
    return decodeURIComponent(match[1]);
  } catch {
    return null;
  }
}

export function pushPath(path: string): void {
  if (typeof window === "undefined" || window.location.pathname === path) return;
  window.history.pushState(null, "", path);
}

export function replacePath(path: string): void {
  if (typeof window === "undefined" || window.location.pathname === path) return;
  window.history.replaceState(null, "", path);
}
