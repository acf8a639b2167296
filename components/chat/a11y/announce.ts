/**
 * One polite live region for the whole app: anything can announce a sentence to screen readers
 * (a copied answer, thinking switched) without owning a region of its own.
 */
const EVENT = "glm:announce";

export function announce(text: string) {
  window.dispatchEvent(new CustomEvent<string>(EVENT, { detail: text }));
}

export function onAnnounce(listener: (text: string) => void): () => void {
  const handler = (e: Event) => listener((e as CustomEvent<string>).detail);
  window.addEventListener(EVENT, handler);
  return () => window.removeEventListener(EVENT, handler);
}
