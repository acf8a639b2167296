/**
 * The wide layout's media query, the same as the stylesheet's `md` (app/globals.css): wide enough
 * for the history as a column, and tall enough that the column does not squeeze the chat.
 */
export const WIDE_QUERY = "(min-width: 768px) and (min-height: 480px)";

export function isWide(): boolean {
  return matchMedia(WIDE_QUERY).matches;
}
