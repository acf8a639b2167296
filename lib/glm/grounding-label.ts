/**
 * Label inference for grounding coordinates. Only "reasonably clear" cases produce a label:
 * a JSON `label` key in the same object, a **bold** phrase earlier in the same clause, or
 * a short `name:` before the coordinates. Everything works on bounded windows of text.
 */

const WINDOW = 240;
const MAX_LABEL = 60;
const LABEL_KEYS = ["label", "name", "object", "category", "text", "description"];

/** Index of the `{` opening the JSON object that holds position `at`, or -1. */
function objectStart(text: string, at: number): number {
  const min = Math.max(0, at - WINDOW);
  for (let i = at - 1; i >= min; i--) {
    const c = text[i];
    if (c === "{") return i;
    if (c === "}") return -1;
  }
  return -1;
}

function objectEnd(text: string, from: number): number {
  const max = Math.min(text.length, from + WINDOW);
  for (let i = from; i < max; i++) {
    const c = text[i];
    if (c === "}") return i + 1;
    if (c === "{") return -1;
  }
  return -1;
}

/** True when the tuple at `start` is the value of a JSON key (`"bbox_2d": [..]`). */
export function isJsonValue(text: string, start: number): boolean {
  let i = start - 1;
  const min = Math.max(0, start - 40);
  while (i >= min && /\s|\[/.test(text[i])) i--;
  return text[i] === ":" && /"\s*$/.test(text.slice(Math.max(0, i - 20), i));
}

export function jsonLabel(text: string, start: number, end: number): string | undefined {
  const open = objectStart(text, start);
  if (open < 0) return undefined;
  const close = objectEnd(text, end);
  const slice = text.slice(open, close < 0 ? Math.min(text.length, end + WINDOW) : close);
  for (const key of LABEL_KEYS) {
    // Bounded slice and a bounded, non-nested quantifier: no catastrophic backtracking.
    const re = new RegExp(`"${key}"\\s*:\\s*"((?:[^"\\\\]|\\\\.){0,200})"`);
    const m = re.exec(slice);
    if (m) return clean(unescapeJson(m[1]));
  }
  return undefined;
}

function unescapeJson(s: string): string {
  try {
    return JSON.parse(`"${s}"`) as string;
  } catch {
    return s;
  }
}

const TOKEN_NOISE = /<\|(?:begin|end)_of_box\|>|<\/?(?:bbox|point)>|[`[(<]/g;
const TRAILING_CONNECTOR =
  /(?:\s+(?:is|are)\s+(?:located\s+|found\s+|positioned\s+)?(?:at|in)|\s+(?:at|in|located at))\s*$/i;
const LEADING_NOISE = /^(?:[,;，、；]\s*|[-*+•]\s+|\d+[.)、]\s*|#+\s+)+/;
const LEADING_ARTICLE = /^(?:the|a|an)\s+/i;

function clean(label: string): string | undefined {
  const s = label
    .replace(/\*\*|__|[*_`"]/g, "")
    .replace(/\s+/g, " ")
    .trim();
  if (!s || s.length > MAX_LABEL) return undefined;
  return s;
}

/**
 * The clause before the coordinates: from the last sentence boundary, newline or previous
 * coordinate (`floor`) up to `start`, with box tokens and brackets removed.
 */
function clauseBefore(text: string, start: number, floor: number): string {
  const min = Math.max(floor, start - WINDOW);
  let i = start - 1;
  for (; i >= min; i--) {
    const c = text[i];
    // Chinese punctuation ends a clause with no space after it.
    if (c === "\n" || c === ";" || c === "；" || c === "。" || c === "！" || c === "？" || c === "，") break;
    if ((c === "." || c === "!" || c === "?") && /\s/.test(text[i + 1] ?? "")) break;
  }
  return text.slice(i + 1, start).replace(TOKEN_NOISE, " ");
}

export function proseLabel(text: string, start: number, floor: number): string | undefined {
  const clause = clauseBefore(text, start, floor);
  const bolds = [...clause.matchAll(/\*\*([^*\n]{1,80})\*\*|__([^_\n]{1,80})__/g)];
  if (bolds.length > 0) {
    const last = bolds[bolds.length - 1];
    return clean(last[1] ?? last[2] ?? "");
  }
  const trimmed = clause.trim();
  // "：" is how Chinese answers name a box ("红色圆形：[…]").
  if (trimmed.endsWith(":") || trimmed.endsWith("：") || trimmed.endsWith("=") || trimmed.endsWith(" -")) {
    let name = trimmed.slice(0, trimmed.endsWith(" -") ? -2 : -1).trim();
    name = name.replace(LEADING_NOISE, "").replace(TRAILING_CONNECTOR, "");
    name = name.replace(LEADING_ARTICLE, "").trim();
    const words = name.split(/\s+/).filter(Boolean);
    if (words.length >= 1 && words.length <= 6) return clean(name);
  }
  return undefined;
}
