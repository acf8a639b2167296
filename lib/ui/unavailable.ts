/**
 * Something a button does that could not be done: its code could not be fetched (offline, never
 * stored), or it failed. The page says so in one notice (components/ui/unavailable-notice.tsx)
 * rather than the button doing nothing.
 */
export type Unavailable = "export" | "exportFailed";

const EVENT = "glm:unavailable";

export function sayUnavailable(what: Unavailable): void {
  window.dispatchEvent(new CustomEvent<Unavailable>(EVENT, { detail: what }));
}

export function onUnavailable(listener: (what: Unavailable) => void): () => void {
  const handler = (e: Event) => listener((e as CustomEvent<Unavailable>).detail);
  window.addEventListener(EVENT, handler);
  return () => window.removeEventListener(EVENT, handler);
}
