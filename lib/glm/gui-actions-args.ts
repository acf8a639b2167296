/**
 * Shared helpers for the GUI-action parsers: Python-style call arguments, coordinate
 * arguments, and balanced JSON objects, all scanned with bounded loops.
 */
import { inRange, numbersIn } from "./grounding-scan";
import type { Direction, NormBox, NormPoint } from "./gui-actions-types";

/** A quoted argument longer than this is not a GUI action; stops runaway scans. */
const MAX_STRING = 4000;
const MAX_ARGS = 8;

export type ArgValue = { quoted: boolean; value: string };

/**
 * Parses `key='v', key2=5, 'positional')` starting just after `(`. Returns the arguments and
 * the index after `)`, or null when the call is incomplete or malformed.
 */
export function readCallArgs(
  text: string,
  from: number,
): { args: Map<string, ArgValue>; end: number } | null {
  const args = new Map<string, ArgValue>();
  let i = from;
  const ws = () => {
    while (i < text.length && /\s/.test(text[i])) i++;
  };
  for (let n = 0; n <= MAX_ARGS; n++) {
    ws();
    if (text[i] === ")") return { args, end: i + 1 };
    if (n === MAX_ARGS) return null;
    let key = `$${n}`;
    const keyMatch = /^[A-Za-z_][A-Za-z0-9_]{0,40}\s*=/.exec(text.slice(i, i + 48));
    if (keyMatch) {
      key = keyMatch[0].slice(0, -1).trim();
      i += keyMatch[0].length;
      ws();
    }
    const q = text[i];
    if (q === "'" || q === '"') {
      let j = i + 1;
      let value = "";
      for (; j < text.length && j - i < MAX_STRING; j++) {
        const c = text[j];
        if (c === "\\" && j + 1 < text.length) {
          const e = text[++j];
          value += e === "n" ? "\n" : e === "t" ? "\t" : e;
        } else if (c === q) break;
        else value += c;
      }
      if (text[j] !== q) return null;
      args.set(key, { quoted: true, value });
      i = j + 1;
    } else {
      const m = /^[^,()'"\s]{1,40}/.exec(text.slice(i, i + 41));
      if (!m) return null;
      args.set(key, { quoted: false, value: m[0] });
      i += m[0].length;
    }
    ws();
    if (text[i] === ",") i++;
    else if (text[i] !== ")") return null;
  }
  return null;
}

export type Coordinates =
  | { ok: true; point: NormPoint; box?: NormBox }
  | { ok: false; invalid: string };

/** `[x,y]` -> point; `[x1,y1,x2,y2]` (or `[[..]]`) -> box and its centre. */
export function coordinatesFrom(values: number[], what: string): Coordinates {
  if (values.length !== 2 && values.length !== 4) {
    return { ok: false, invalid: `${what} has ${values.length} numbers, expected 2 or 4` };
  }
  if (!inRange(values)) {
    return { ok: false, invalid: `${what} [${values.join(", ")}] is outside the 0-1000 range` };
  }
  if (values.length === 2) return { ok: true, point: { x: values[0], y: values[1] } };
  const [a, b, c, d] = values;
  const box = { x1: Math.min(a, c), y1: Math.min(b, d), x2: Math.max(a, c), y2: Math.max(b, d) };
  return { ok: true, point: { x: (box.x1 + box.x2) / 2, y: (box.y1 + box.y2) / 2 }, box };
}

export function coordinatesIn(text: string, what: string): Coordinates {
  return coordinatesFrom(numbersIn(text, 5), what);
}

export function toDirection(value: unknown): Direction | undefined {
  const v = typeof value === "string" ? value.trim().toLowerCase() : "";
  return v === "up" || v === "down" || v === "left" || v === "right" ? v : undefined;
}

/** A GUI action's JSON nests three deep (`{"box_2d":[[x1,y1,x2,y2]]}`); past 8 levels it is not one. */
const MAX_DEPTH = 8;

/**
 * The balanced `{...}` that contains `at`, scanning at most `window` chars each way and
 * respecting JSON strings. Returns [start, end) or null (incomplete, too deep or too far).
 * `closes` remembers each opening brace's answer: openers sharing a brace scan it once, which
 * with the depth limit keeps hostile text (`{"action_type":` repeated) linear.
 */
export function enclosingObject(text: string, at: number, window = 1200, closes = new Map<number, [number, number] | null>()): [number, number] | null {
  let open = -1;
  for (let i = at - 1; i >= Math.max(0, at - 200); i--) {
    if (text[i] === "{") {
      open = i;
      break;
    }
    if (text[i] === "}") return null;
  }
  if (open < 0) return null;
  if (!closes.has(open)) closes.set(open, closingBrace(text, open, window));
  return closes.get(open)!;
}

function closingBrace(text: string, open: number, window: number): [number, number] | null {
  let depth = 0;
  let inString = false;
  const max = Math.min(text.length, open + window);
  for (let i = open; i < max; i++) {
    const c = text[i];
    if (inString) {
      if (c === "\\") i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === "{" || c === "[") {
      if (++depth > MAX_DEPTH) return null;
    } else if (c === "}" || c === "]") {
      depth--;
      if (depth === 0) return c === "}" ? [open, i + 1] : null;
    }
  }
  return null;
}
