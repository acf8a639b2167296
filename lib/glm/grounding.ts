/**
 * Finds GLM grounding coordinates (boxes and points, 0-1000 normalised) in answer text.
 * Every bracket style of docs/glm-protocol.md section 5 is accepted, inside or outside the box
 * tokens. Works on streaming text: only tuples whose closing bracket has arrived count.
 */
import { CLOSER, inRange, readTuple, type NumberTuple } from "./grounding-scan";
import { isJsonValue, jsonLabel, proseLabel } from "./grounding-label";

export interface GroundingBox {
  kind: "box";
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  label?: string;
  /** Character range of the coordinates in the text (for hover linking). */
  start: number;
  end: number;
}

export interface GroundingPoint {
  kind: "point";
  x: number;
  y: number;
  label?: string;
  start: number;
  end: number;
}

/** Coordinates the model sent outside 0..1000 (or NaN): shown as text, never drawn. */
export interface OutOfRangeItem {
  kind: "box" | "point";
  values: number[];
  text: string;
  label?: string;
  start: number;
  end: number;
}

export interface GroundingResult {
  boxes: GroundingBox[];
  points: GroundingPoint[];
  outOfRange: OutOfRangeItem[];
  /** True when the item cap was hit and the rest of the text was not scanned. */
  truncated: boolean;
}

export interface GroundingOptions {
  /** Cap on boxes + points returned (default 500). */
  maxItems?: number;
  /**
   * Skip tuples that are GUI-action arguments (`start_box='[..]'`): those are drawn by the
   * GUI-action overlay instead. Default true.
   */
  skipActionArguments?: boolean;
}

const DEFAULT_MAX_ITEMS = 500;
const MAX_OUT_OF_RANGE = 100;
const BEGIN_BOX = "<|begin_of_box|>";
const END_BOX = "<|end_of_box|>";
/** Fenced code in these languages may hold the JSON grounding form; others are code. */
const GROUNDING_FENCES = new Set(["", "json", "jsonc", "json5", "text", "txt", "plaintext"]);

/** Ranges of fenced code blocks in languages that cannot be grounding output. */
function codeRanges(text: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  let open: { start: number; skip: boolean } | null = null;
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf("\n", lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    let k = lineStart;
    while (k < lineEnd && k - lineStart < 3 && text[k] === " ") k++;
    if (text.startsWith("```", k)) {
      if (open) {
        if (open.skip) ranges.push([open.start, lineEnd]);
        open = null;
      } else {
        const lang = text.slice(k + 3, Math.min(lineEnd, k + 40)).trim().toLowerCase();
        open = { start: lineStart, skip: !GROUNDING_FENCES.has(lang.split(/\s/)[0] ?? "") };
      }
    }
    lineStart = lineEnd + 1;
  }
  if (open?.skip) ranges.push([open.start, text.length]);
  return ranges;
}

/** `<bbox>..</bbox>` / `<point>..</point>`: bare numbers or one bracketed tuple inside. */
function readTagged(text: string, i: number, tag: string): NumberTuple | null {
  const open = `<${tag}>`;
  const close = `</${tag}>`;
  const inner = i + open.length;
  let j = inner;
  while (j < text.length && j - inner < 16 && /\s/.test(text[j])) j++;
  const bracket = CLOSER[text[j]];
  if (bracket) {
    const t = readTuple(text, j, bracket);
    if (!t) return null;
    let k = t.end;
    while (k < text.length && k - t.end < 16 && /\s/.test(text[k])) k++;
    return text.startsWith(close, k) ? { values: t.values, start: i, end: k + close.length } : null;
  }
  const t = readTuple(text, j, close, { bare: true, spaceSeparated: true });
  return t ? { values: t.values, start: i, end: t.end } : null;
}

function isActionArgument(text: string, start: number): boolean {
  const q = text[start - 1];
  return (q === "'" || q === '"') && text[start - 2] === "=";
}

export function parseGrounding(text: string, options: GroundingOptions = {}): GroundingResult {
  const maxItems = options.maxItems ?? DEFAULT_MAX_ITEMS;
  const skipArgs = options.skipActionArguments ?? true;
  const result: GroundingResult = { boxes: [], points: [], outOfRange: [], truncated: false };
  const skip = codeRanges(text);
  let skipIdx = 0;
  let inBoxTokens = false;
  let prevEnd = 0;
  let prevLabel: string | undefined;

  let i = 0;
  while (i < text.length) {
    while (skipIdx < skip.length && skip[skipIdx][1] <= i) skipIdx++;
    if (skipIdx < skip.length && skip[skipIdx][0] <= i) {
      i = skip[skipIdx][1];
      continue;
    }
    const c = text[i];
    if (c !== "[" && c !== "(" && c !== "<") {
      i++;
      continue;
    }
    let tuple: NumberTuple | null = null;
    let pointTag = false;
    if (c === "<") {
      if (text.startsWith(BEGIN_BOX, i)) {
        inBoxTokens = true;
        i += BEGIN_BOX.length;
        continue;
      }
      if (text.startsWith(END_BOX, i)) {
        inBoxTokens = false;
        i += END_BOX.length;
        continue;
      }
      if (text.startsWith("<bbox>", i)) tuple = readTagged(text, i, "bbox");
      else if (text.startsWith("<point>", i)) {
        tuple = readTagged(text, i, "point");
        pointTag = true;
      }
    }
    tuple ??= readTuple(text, i, CLOSER[c]);
    if (!tuple) {
      i++;
      continue;
    }
    i = tuple.end;
    const isPoint = tuple.values.length === 2;
    // `(3, 4)` in prose is too common to draw; bracketed pairs and tagged points are GLM's.
    if (isPoint && c !== "[" && !pointTag && !inBoxTokens) continue;
    if (skipArgs && isActionArgument(text, tuple.start)) continue;

    const label = labelFor(text, tuple, prevEnd, prevLabel);
    prevLabel = label;
    prevEnd = tuple.end;

    if (!inRange(tuple.values)) {
      if (result.outOfRange.length < MAX_OUT_OF_RANGE) {
        result.outOfRange.push({
          kind: isPoint ? "point" : "box",
          values: tuple.values,
          text: text.slice(tuple.start, Math.min(tuple.end, tuple.start + 200)),
          ...(label ? { label } : {}),
          start: tuple.start,
          end: tuple.end,
        });
      }
      continue;
    }
    const labelled = label ? { label } : {};
    if (isPoint) {
      const [x, y] = tuple.values;
      result.points.push({ kind: "point", x, y, ...labelled, start: tuple.start, end: tuple.end });
    } else {
      const [a, b, cc, d] = tuple.values;
      result.boxes.push({
        kind: "box",
        x1: Math.min(a, cc),
        y1: Math.min(b, d),
        x2: Math.max(a, cc),
        y2: Math.max(b, d),
        ...labelled,
        start: tuple.start,
        end: tuple.end,
      });
    }
    if (result.boxes.length + result.points.length >= maxItems) {
      result.truncated = i < text.length;
      break;
    }
  }
  return result;
}

function labelFor(
  text: string,
  tuple: NumberTuple,
  prevEnd: number,
  prevLabel: string | undefined,
): string | undefined {
  if (isJsonValue(text, tuple.start)) return jsonLabel(text, tuple.start, tuple.end);
  // Second and later members of `[[..],[..]]` share the label written before the group.
  if (prevEnd > 0 && /^[\s,]*$/.test(text.slice(prevEnd, Math.min(tuple.start, prevEnd + 16)))) {
    if (tuple.start - prevEnd <= 16) return prevLabel;
  }
  return proseLabel(text, tuple.start, prevEnd);
}

export interface DisplayRect {
  left: number;
  top: number;
  width: number;
  height: number;
}

const clamp = (v: number) => Math.min(999, Math.max(0, v));

/** Maps a 0-1000 box to pixels of an image displayed at width x height (protocol rule). */
export function toDisplayRect(
  box: Pick<GroundingBox, "x1" | "y1" | "x2" | "y2">,
  width: number,
  height: number,
): DisplayRect {
  const left = (clamp(box.x1) / 1000) * width;
  const top = (clamp(box.y1) / 1000) * height;
  return {
    left,
    top,
    width: (clamp(box.x2) / 1000) * width - left,
    height: (clamp(box.y2) / 1000) * height - top,
  };
}

/** Percent of the image (0-100): stays right when the displayed image resizes. */
export function toPercentRect(box: Pick<GroundingBox, "x1" | "y1" | "x2" | "y2">): DisplayRect {
  return toDisplayRect(box, 100, 100);
}

export function toDisplayPoint(
  point: { x: number; y: number },
  width: number,
  height: number,
): { x: number; y: number } {
  return { x: (clamp(point.x) / 1000) * width, y: (clamp(point.y) / 1000) * height };
}
