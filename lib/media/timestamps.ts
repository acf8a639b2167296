/** Finds `m:ss`, `mm:ss` and `h:mm:ss` timestamps in an answer so the UI can seek a video. */

export interface Timestamp {
  start: number;
  end: number;
  text: string;
  seconds: number;
}

const MAX_TIMESTAMPS = 500;
// No nested quantifiers: linear. Optional fraction like 01:05.5. Boundaries checked by hand
// (not lookbehind) so "10:20:30:40" and "v1:23" are skipped rather than half-matched.
const PATTERN = /(\d{1,2}):([0-5]\d)(?::([0-5]\d))?(?:\.(\d{1,3}))?/g;

export function findTimestamps(text: string, options: { maxSeconds?: number } = {}): Timestamp[] {
  const out: Timestamp[] = [];
  PATTERN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = PATTERN.exec(text)) && out.length < MAX_TIMESTAMPS) {
    const start = m.index;
    const end = start + m[0].length;
    const before = text[start - 1] ?? "";
    const after = text[end] ?? "";
    if (/[\w:.]/.test(before) || /\w/.test(after) || (after === ":" && /\d/.test(text[end + 1] ?? ""))) {
      // Part of a longer token (a version, an IP, a clock with more fields): skip past it.
      PATTERN.lastIndex = end;
      continue;
    }
    const [a, b, c] = [Number(m[1]), Number(m[2]), m[3] === undefined ? undefined : Number(m[3])];
    const fraction = m[4] ? Number(`0.${m[4]}`) : 0;
    const seconds = c === undefined ? a * 60 + b + fraction : a * 3600 + b * 60 + c + fraction;
    if (options.maxSeconds !== undefined && seconds > options.maxSeconds) continue;
    out.push({ start, end, text: m[0], seconds });
  }
  return out;
}

/** `75.5` -> `1:15` (for labels and tooltips). */
export function formatTimestamp(seconds: number): string {
  const s = Math.max(0, Math.floor(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const ss = String(s % 60).padStart(2, "0");
  return h > 0 ? `${h}:${String(m).padStart(2, "0")}:${ss}` : `${m}:${ss}`;
}
