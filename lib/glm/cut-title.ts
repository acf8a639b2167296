/** How long a conversation title may be, wherever it comes from (typed, generated, scripted). */
export const TITLE_MAX_CHARS = 60;

/**
 * `line` cut to `max` characters with "…" when longer: at the last space if that keeps at least
 * half of it, so a title does not end mid-word; by code point, so an emoji is never split.
 */
export function cutTitle(line: string, max = TITLE_MAX_CHARS): string {
  const chars = Array.from(line);
  if (chars.length <= max) return line;
  const cut = chars.slice(0, max - 1).join("");
  const space = cut.lastIndexOf(" ");
  return `${(space >= max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
