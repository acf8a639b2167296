/**
 * The blanks a prompt preset leaves for the user (`<object>`, `<describe the task>`): where they
 * are, which comes next for Tab, and whether one is still unfilled when the user sends.
 */
import { USER_PLACEHOLDERS } from "@/lib/glm/presets";

export interface PlaceholderRange {
  start: number;
  end: number;
  text: string;
}

/** Every user placeholder in the text, in order. */
export function placeholderRanges(text: string, names: readonly string[] = USER_PLACEHOLDERS): PlaceholderRange[] {
  const out: PlaceholderRange[] = [];
  for (const name of names) {
    for (let at = text.indexOf(name); at !== -1; at = text.indexOf(name, at + name.length)) out.push({ start: at, end: at + name.length, text: name });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** The next placeholder at or after `from` (wrapping to the first), or the previous one before `from`. */
export function nextPlaceholder(text: string, from: number, backwards = false): PlaceholderRange | undefined {
  const all = placeholderRanges(text);
  if (!all.length) return undefined;
  if (backwards) return all.findLast((r) => r.end <= from) ?? all.at(-1);
  return all.find((r) => r.start >= from) ?? all[0];
}

/** The first placeholder still in the text, if any. */
export function firstUnfilled(text: string): PlaceholderRange | undefined {
  return placeholderRanges(text)[0];
}
