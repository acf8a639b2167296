/**
 * Heals the streaming tail of markdown so half-written syntax (an open `**`, a fence not yet
 * closed, a link without its `)`, a table whose header is not complete) never flashes raw.
 * Only ever applied to the last block of a message that is still streaming.
 */
import { classifyLines } from "./fences";

export function healMarkdown(block: string): string {
  const lines = block.split("\n");
  const { kinds, open } = classifyLines(lines);
  if (open === "math") return `${block}\n$$`;
  if (open) {
    const last = lines[lines.length - 1];
    // A closing fence being typed ("``") would otherwise show as code for a moment.
    if (lines.length > 1 && kinds[lines.length - 1] === "code" && /^[ \t]*(`{1,2}|~{1,2})$/.test(last)) {
      lines.pop();
    }
    return `${lines.join("\n")}\n${open.char.repeat(open.length)}`;
  }
  // The opening of a fence being typed.
  if (/^[ \t]*(`{1,2}|~{1,2})$/.test(lines[lines.length - 1])) lines.pop();
  holdBackTableHeader(lines);
  if (lines.length === 0) return "";
  lines[lines.length - 1] = healInline(lines[lines.length - 1]);
  return lines.join("\n");
}

const TABLE_DELIMITER = /^[ \t]*\|?[ \t]*:?-+:?[ \t]*(\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$/;

function cellCount(row: string): number {
  const trimmed = row.trim().replace(/^\|/, "").replace(/(?<!\\)\|$/, "");
  return trimmed.split(/(?<!\\)\|/).length;
}

/** A table only renders as one once its delimiter row is complete: until then hide its lines. */
function holdBackTableHeader(lines: string[]): void {
  let start = lines.length;
  while (start > 0 && lines[start - 1].trimStart().startsWith("|")) start--;
  if (start === lines.length) return;
  const header = lines[start];
  const delimiter = lines[start + 1];
  const complete =
    delimiter !== undefined &&
    TABLE_DELIMITER.test(delimiter) &&
    cellCount(delimiter) === cellCount(header) &&
    (start + 2 < lines.length || delimiter.trimEnd().endsWith("|"));
  if (!complete) lines.length = start;
}

const PREFIX = /^[ \t]*(?:(?:>|[-*+]|\d{1,9}[.)]|#{1,6})[ \t]+)*(?:\[[ xX]\][ \t]*)?/;

type Marker = { m: string; pos: number };

/** Closes inline constructs left open at the end of the last line. */
export function healInline(input: string): string {
  const line = healLink(input);
  const start = PREFIX.exec(line)![0].length;
  const stack: Marker[] = [];
  let i = start;
  const isSpace = (c: string | undefined) => c === undefined || c === " " || c === "\t";
  while (i < line.length) {
    const c = line[i];
    if (c === "\\") {
      i += 2;
      continue;
    }
    if (c === "`" || (c === "$" && line[i + 1] === "$")) {
      let run = 0;
      while (line[i + run] === c) run++;
      const delim = c.repeat(run);
      const close = line.indexOf(delim, i + run);
      if (close === -1) {
        // Unclosed code span or inline display math: close it, or drop an empty opener.
        return line.slice(i + run).trim() === "" ? line.slice(0, i).trimEnd() : closeAll(line + delim, stack);
      }
      i = close + run;
      continue;
    }
    if (c === "$") {
      const next = line[i + 1];
      // "$5" is money, "$ x" is not an opener; otherwise skip a closed math span verbatim.
      const close = isSpace(next) || /[0-9]/.test(next) ? -1 : line.indexOf("$", i + 1);
      i = close === -1 ? i + 1 : close + 1;
      continue;
    }
    if (c === "*" || c === "_" || c === "~") {
      let run = 0;
      while (line[i + run] === c) run++;
      const before = line[i - 1];
      const after = line[i + run];
      if (c === "_" && !isSpace(before) && /[\p{L}\p{N}]/u.test(before) && after !== undefined && /[\p{L}\p{N}]/u.test(after)) {
        i += run; // intraword underscore (snake_case) is never emphasis
        continue;
      }
      const parts = c === "~" ? (run >= 2 ? ["~~"] : []) : run >= 3 ? [c + c, c] : [c.repeat(run)];
      for (const m of parts) {
        const top = stack.length ? stack[stack.length - 1] : undefined;
        if (top && top.m === m && !isSpace(before)) stack.pop();
        else if (after === undefined || !isSpace(after)) stack.push({ m, pos: i });
      }
      i += run;
      continue;
    }
    i++;
  }
  return closeAll(line, stack);
}

function closeAll(line: string, stack: Marker[]): string {
  let out = line;
  let suffix = "";
  for (let k = stack.length - 1; k >= 0; k--) {
    const { m, pos } = stack[k];
    if (out.slice(pos + m.length).trim() === "") out = out.slice(0, pos);
    else suffix += m;
  }
  return out.trimEnd() === out ? out + suffix : out.trimEnd() + suffix;
}

/** `[text](http://partial` shows as `text`; a half image disappears; a lone `[label` loses `[`. */
function healLink(line: string): string {
  const paren = line.lastIndexOf("](");
  if (paren !== -1 && line.indexOf(")", paren) === -1) {
    const open = line.lastIndexOf("[", paren);
    if (open !== -1) {
      const image = line[open - 1] === "!";
      return line.slice(0, image ? open - 1 : open) + (image ? "" : line.slice(open + 1, paren));
    }
  }
  const open = line.lastIndexOf("[");
  if (open !== -1 && line.indexOf("]", open) === -1) {
    const image = line[open - 1] === "!";
    if (image) return line.slice(0, open - 1);
    if (open < PREFIX.exec(line)![0].length || /^[ \t]*([-*+]|\d+[.)])[ \t]+\[[ xX]?$/.test(line)) return line;
    return line.slice(0, open) + line.slice(open + 1);
  }
  return line;
}
