/**
 * Whole-text rewrites applied before block splitting: raw HTML documents become html code blocks,
 * LaTeX `\(..\)` / `\[..\]` become remark-math dollars, and absurd nesting is capped so the
 * parser and React never recurse thousands of levels deep.
 */
import { classifyLines, fenceFor, openingFence } from "./fences";

const HTML_START = /^\s*(<!doctype\s+html|<html[\s>])/i;
const HTML_END = /<\/html\s*>/i;

/** Wraps a raw HTML document the model emitted without a fence in an html code block. */
export function wrapRawHtml(text: string): string {
  if (!/<!doctype|<html/i.test(text)) return text;
  const lines = text.split("\n");
  const { kinds } = classifyLines(lines);
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (kinds[i] !== "text" || !HTML_START.test(lines[i])) {
      out.push(lines[i]);
      continue;
    }
    let end = i;
    while (end < lines.length - 1 && !HTML_END.test(lines[end])) end++;
    const body = lines.slice(i, end + 1).join("\n");
    const fence = fenceFor(body);
    out.push(`${fence}html`, body, fence);
    i = end;
  }
  return out.join("\n");
}

/** Converts `\(x\)` to `$x$` and `\[x\]` to `$$x$$` outside code; `\\[2pt]` (a line break) is kept. */
export function normaliseMathDelimiters(text: string): string {
  if (!text.includes("\\(") && !text.includes("\\[") && !text.includes("\\]") && !text.includes("\\)")) {
    return text;
  }
  const lines = text.split("\n");
  const { kinds } = classifyLines(lines);
  for (let i = 0; i < lines.length; i++) {
    if (kinds[i] !== "text" || !lines[i].includes("\\")) continue;
    lines[i] = convertLine(lines[i]);
  }
  return lines.join("\n");
}

function convertLine(line: string): string {
  const trimmed = line.trim();
  // A display block delimiter on its own line must become a `$$` fence line for block math.
  if (trimmed === "\\[" || trimmed === "\\]") return line.replace(trimmed, () => "$$");
  const whole = /^(\s*)\\\[(.*)\\\]\s*$/.exec(line);
  if (whole && !whole[2].includes("\\[")) return `${whole[1]}$$\n${whole[1]}${whole[2].trim()}\n${whole[1]}$$`;
  let out = "";
  let i = 0;
  while (i < line.length) {
    const ch = line[i];
    if (ch === "`") {
      const end = codeSpanEnd(line, i);
      out += line.slice(i, end);
      i = end;
      continue;
    }
    if (ch === "\\" && i + 1 < line.length) {
      const next = line[i + 1];
      if (next === "\\") {
        out += "\\\\";
        i += 2;
        continue;
      }
      if (next === "(" || next === ")") {
        out += "$";
        i += 2;
        continue;
      }
      if (next === "[" || next === "]") {
        out += "$$";
        i += 2;
        continue;
      }
    }
    out += ch;
    i++;
  }
  return out;
}

export const MAX_NESTING = 16;
const MAX_INDENT = 64;

/**
 * Caps container nesting (block quotes, list markers) per line at MAX_NESTING and leading
 * indentation at MAX_INDENT columns, outside fenced code.
 */
export function limitNesting(text: string): string {
  const lines = text.split("\n");
  const { kinds } = classifyLines(lines);
  let changed = false;
  for (let i = 0; i < lines.length; i++) {
    if (kinds[i] !== "text") continue;
    const line = lines[i];
    const c0 = line.charCodeAt(0);
    // Fast path: most lines start with a letter and have no container markers.
    if (c0 !== 32 && c0 !== 9 && c0 !== 62 && c0 !== 45 && c0 !== 42 && c0 !== 43 && !(c0 >= 48 && c0 <= 57)) continue;
    const capped = capLine(line);
    if (capped !== line) {
      lines[i] = capped;
      changed = true;
    }
  }
  return changed ? lines.join("\n") : text;
}

const CONTAINER = /[ \t]*(>|[-*+](?=[ \t])|\d{1,9}[.)](?=[ \t]))[ \t]?/y;

function capLine(line: string): string {
  let pos = 0;
  let keptEnd = 0;
  let depth = 0;
  for (;;) {
    CONTAINER.lastIndex = pos;
    const m = CONTAINER.exec(line);
    if (!m) break;
    depth++;
    pos += m[0].length;
    if (depth <= MAX_NESTING) keptEnd = pos;
  }
  if (depth > MAX_NESTING) return line.slice(0, keptEnd) + line.slice(pos);
  const indent = /^[ \t]*/.exec(line)![0];
  if (indent.length > MAX_INDENT) return line.slice(0, MAX_INDENT) + line.slice(indent.length);
  return line;
}

/** Blocks with more emphasis delimiter runs than this render as plain text (see below). */
export const MAX_DELIMITER_RUNS = 500;
/** Blocks longer than this (other than fenced code) render as plain text. */
export const MAX_MARKDOWN_BLOCK = 50_000;
const THEMATIC_BREAK = /^[ \t]*([*_-])([ \t]*\1){2,}[ \t]*$/;

function delimiterStats(block: string): { runs: number; longRun: boolean } {
  let runs = 0;
  let longRun = false;
  let run = 0;
  for (let i = 0; i < block.length; i++) {
    const c = block.charCodeAt(i);
    if (c === 42 || c === 95 || c === 126) {
      run = block.charCodeAt(i - 1) === c ? run + 1 : 1;
      if (run === 1) runs++;
      if (run === 4) longRun = true;
    }
  }
  return { runs, longRun };
}

/**
 * micromark's inline parsing costs tens of microseconds per character of dense markup and its
 * emphasis resolution is quadratic in delimiter runs (50,000 `*a ` takes minutes). A block that
 * is huge or full of delimiters is therefore shown as plain text rather than freezing the tab.
 */
export function isTooComplex(block: string): boolean {
  if (block.length > MAX_MARKDOWN_BLOCK) {
    const first = block.slice(0, block.indexOf("\n") >>> 0);
    // Fenced code and tables parse cheaply per character, and are worth keeping structured.
    return openingFence(first) === null && !first.trimStart().startsWith("|");
  }
  // Fenced code is parsed as literal text whatever it holds: pointers and nested arrays are fine.
  if (openingFence(block.slice(0, block.indexOf("\n") >>> 0)) !== null) return false;
  return delimiterStats(block).runs > MAX_DELIMITER_RUNS || tooManyBrackets(block);
}

/** Link labels nest: micromark matches every `]` against the open `[`s, quadratic in their number. */
export const MAX_BRACKET_DEPTH = 32;
const MAX_BRACKETS = 2000;

function tooManyBrackets(block: string): boolean {
  let depth = 0;
  let total = 0;
  for (let i = block.indexOf("["); i !== -1 && i < block.length; i++) {
    const c = block.charCodeAt(i);
    if (c === 91) {
      total++;
      if (++depth > MAX_BRACKET_DEPTH || total > MAX_BRACKETS) return true;
    } else if (c === 93 && depth > 0) depth--;
  }
  return false;
}

/**
 * A run of thousands of `*` around a word would nest thousands of levels deep; runs longer than
 * 3 cannot be emphasis anyway, so they are escaped (outside code and thematic breaks).
 */
export function limitDelimiters(block: string): string {
  if (!delimiterStats(block).longRun) return block;
  const lines = block.split("\n");
  const { kinds } = classifyLines(lines);
  for (let i = 0; i < lines.length; i++) {
    if (kinds[i] === "text" && !THEMATIC_BREAK.test(lines[i])) lines[i] = escapeOutsideCode(lines[i]);
  }
  return lines.join("\n");
}

function escapeOutsideCode(line: string): string {
  let out = "";
  let i = 0;
  while (i < line.length) {
    const ch = line[i];
    if (ch === "`") {
      const end = codeSpanEnd(line, i);
      out += line.slice(i, end);
      i = end;
    } else if (ch === "\\") {
      out += line.slice(i, i + 2);
      i += 2;
    } else if (ch === "*" || ch === "_" || ch === "~") {
      let run = 0;
      while (line[i + run] === ch) run++;
      const chunk = line.slice(i, i + run);
      out += run > 3 ? chunk.replaceAll(ch, `\\${ch}`) : chunk;
      i += run;
    } else {
      out += ch;
      i++;
    }
  }
  return out;
}

/** End of the inline code span opened by the backtick run at `start` (kept verbatim by callers). */
export function codeSpanEnd(line: string, start: number): number {
  let run = 0;
  while (line[start + run] === "`") run++;
  const close = line.indexOf("`".repeat(run), start + run);
  return close === -1 ? start + run : close + run;
}
