/** How long a conversation title may be, wherever it comes from (typed, generated, scripted). */
export const TITLE_MAX_CHARS = 60;

const WRITTEN_WITHOUT_SPACES = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

/**
 * `line` cut to `max` characters with "…" when longer: at the last space if that keeps at least
 * half of it, so a title does not end mid-word (unless what follows the space is Chinese or
 * Japanese, where a space does not end a word); by code point, so an emoji is never split.
 */
export function cutTitle(line: string, max = TITLE_MAX_CHARS): string {
  const chars = Array.from(line);
  if (chars.length <= max) return line;
  const cut = chars.slice(0, max - 1).join("");
  const space = cut.lastIndexOf(" ");
  // Chinese or Japanese after the space is not one word to keep whole: it is cut by character.
  const atWord = space >= max / 2 && !WRITTEN_WITHOUT_SPACES.test(cut.slice(space));
  return `${(atWord ? cut.slice(0, space) : cut).trimEnd()}…`;
}
