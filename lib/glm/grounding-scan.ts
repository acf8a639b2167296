/**
 * Low-level scanning helpers shared by the grounding and GUI-action parsers.
 * Hand-written scanners instead of regexes so hostile model output (1 MB of digits,
 * thousands of brackets) stays linear: a tuple attempt only walks characters that cannot
 * start another attempt, so no character is scanned twice.
 */

export interface NumberTuple {
  values: number[];
  /** Index of the opening bracket (or first number for bare tuples). */
  start: number;
  /** Index just past the closing bracket. */
  end: number;
}

const MAX_VALUES = 4;
/** Whitespace run allowed inside a tuple; longer runs are not a coordinate. */
const MAX_GAP = 16;
/** Digits beyond this are certainly > 1000: keep scanning but stop converting. */
const MAX_NUMBER_CHARS = 32;

export const CLOSER: Record<string, string> = { "[": "]", "(": ")", "<": ">" };

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13;
}

/** Reads a number at i: `-?\d+(\.\d+)?` or `NaN` / `Infinity`. Returns [value, nextIndex] or null. */
export function readNumber(text: string, i: number): [number, number] | null {
  const n = text.length;
  let j = i;
  let negative = false;
  if (text.charCodeAt(j) === 45 /* - */ || text.charCodeAt(j) === 43 /* + */) {
    negative = text.charCodeAt(j) === 45;
    j++;
  }
  if (text.startsWith("NaN", j)) return [Number.NaN, j + 3];
  if (text.startsWith("Infinity", j)) return [negative ? -Infinity : Infinity, j + 8];
  const digitsStart = j;
  while (j < n && isDigit(text.charCodeAt(j))) j++;
  if (j === digitsStart) return null;
  if (text.charCodeAt(j) === 46 /* . */ && isDigit(text.charCodeAt(j + 1))) {
    j++;
    while (j < n && isDigit(text.charCodeAt(j))) j++;
  }
  const raw = text.slice(i, Math.min(j, i + MAX_NUMBER_CHARS + 1));
  const value = j - i > MAX_NUMBER_CHARS ? (negative ? -Infinity : Infinity) : Number(raw);
  return [value, j];
}

function skipGap(text: string, i: number): number {
  let j = i;
  while (j < text.length && j - i <= MAX_GAP && isSpace(text.charCodeAt(j))) j++;
  return j;
}

/**
 * Parses `open n, n[, n, n] close` starting at `start` (the opener). `closer` may be a
 * multi-char string like `</bbox>`; with `opener` null, numbers start right at `start`.
 * `spaceSeparated` also allows `x1 y1 x2 y2` (as inside `<bbox>` / `<point>`).
 */
export function readTuple(
  text: string,
  start: number,
  closer: string,
  opts: { bare?: boolean; spaceSeparated?: boolean } = {},
): NumberTuple | null {
  let i = opts.bare ? start : start + 1;
  const values: number[] = [];
  i = skipGap(text, i);
  for (;;) {
    const num = readNumber(text, i);
    if (!num) return null;
    values.push(num[0]);
    if (values.length > MAX_VALUES) return null;
    i = skipGap(text, num[1]);
    if (text.startsWith(closer, i)) {
      if (values.length !== 2 && values.length !== 4) return null;
      return { values, start, end: i + closer.length };
    }
    if (text.charCodeAt(i) === 44 /* , */) {
      i = skipGap(text, i + 1);
    } else if (!opts.spaceSeparated || i === num[1]) {
      return null;
    }
  }
}

/** Values GLM may legally send: finite, 0..1000. */
export function inRange(values: number[]): boolean {
  return values.every((v) => Number.isFinite(v) && v >= 0 && v <= 1000);
}

/** Extracts every number in a short string (an action argument such as `'[12, 34]'`). */
export function numbersIn(text: string, max = 8): number[] {
  const out: number[] = [];
  let i = 0;
  while (i < text.length && out.length < max) {
    const c = text.charCodeAt(i);
    const startsNumber =
      isDigit(c) ||
      ((c === 45 || c === 43) && isDigit(text.charCodeAt(i + 1))) ||
      text.startsWith("NaN", i);
    if (startsNumber && !(i > 0 && /[A-Za-z_]/.test(text[i - 1]))) {
      const num = readNumber(text, i);
      if (num) {
        out.push(num[0]);
        i = num[1];
        continue;
      }
    }
    i++;
  }
  return out;
}
