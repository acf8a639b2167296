/**
 * A question's markdown read as a title: the syntax that marks words up is dropped, the words and
 * whatever only looks like syntax stay. A chat is named by its first question until (or instead
 * of) a generated title, and `# Plan for Q3` or `**Fix** this` showed their hashes and stars in
 * the history, the header and the tab. Stricter than markdownAsPlainText (plain-text.ts), which
 * drops every `**` and `__`: a title is often code, and `__init__`, `**kwargs`, `a*b*c` or `*.ts`
 * must read as typed.
 */
import { classifyLines } from "./fences";

/** The first line that has words, as plain text; a leading code block gives its first code line. */
export function titleLine(text: string): string {
  const lines = text.split(/\r?\n/);
  const { kinds } = classifyLines(lines);
  for (let i = 0; i < lines.length; i++) {
    const plain = plainLine(lines[i], kinds[i]);
    if (plain) return plain;
  }
  return "";
}

/** Every line with words, as plain text, joined by spaces. */
export function titleText(text: string): string {
  const lines = text.split(/\r?\n/);
  const { kinds } = classifyLines(lines);
  return lines
    .map((line, i) => plainLine(line, kinds[i]))
    .filter(Boolean)
    .join(" ");
}

function plainLine(line: string, kind: ReturnType<typeof classifyLines>["kinds"][number]): string {
  // Code and math are kept as written; fence lines hold no words.
  const text = kind === "text" ? inlineText(blockText(line)) : kind === "code" || kind === "math" ? line : "";
  return text.replace(/\s+/g, " ").trim();
}

const THEMATIC_BREAK = /^[ \t]*(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,}|=+[ \t]*)$/;
/**
 * A heading's hashes, a quote's `>`, a list's bullet or number, each before a space (`#tag`,
 * `-5`, `>=` and `*it*` are words).
 */
const BLOCK_MARKER = /^[ \t]*(?:(#{1,6})(?=[ \t]|$)|>(?=[ \t>]|$)|[-*+](?=[ \t])|\d{1,9}[.)](?=[ \t]))[ \t]*/;
const TASK_BOX = /^\[[ xX]\](?=[ \t])[ \t]*/;

/** Block markers at the start of a line, nested ones too (`> - # item`). */
function blockText(line: string): string {
  if (THEMATIC_BREAK.test(line)) return "";
  let rest = line;
  for (let m = BLOCK_MARKER.exec(rest); m && m[0]; m = BLOCK_MARKER.exec(rest)) {
    rest = rest.slice(m[0].length);
    // A heading may close with hashes too (`## Plan ##`); `C#` is not one.
    if (m[1]) rest = rest.replace(/[ \t]+#+[ \t]*$/, "");
    else rest = rest.replace(TASK_BOX, "");
  }
  return rest;
}

/**
 * Held out of the link and emphasis passes and put back as written: a code span's text, a run of
 * backticks that closes nothing, this module's own placeholder characters if typed, and a
 * backslash escape with its backslash (`C:\dir\*.txt` is a path more often than an escape).
 */
const LITERALS = /(`+)(?!`)([\s\S]*?[^`])\1(?!`)|`+|\\[!-/:-@[-`{-~]|[\uE000\uE001]/g;
/** `[text](url)` and `![alt](src)`, the url optionally in <>, with a title, or with one level of (). */
const LINK = /!?\[([^[\]]*)\]\([ \t]*(?:<[^<>]*>|(?:[^()\s]|\([^()\s]*\))*)(?:[ \t]+(?:"[^"]*"|'[^']*'|\([^()]*\)))?[ \t]*\)/g;
/** `<https://…>` reads as its url; a bare url is held so a `_` or `*` inside it stays. */
const URL = /<(https?:\/\/[^\s<>]+)>|https?:\/\/[^\s<>]+/g;
const HELD = /\uE000(\d+)\uE001/g;

function inlineText(line: string): string {
  const held: string[] = [];
  const hold = (text: string) => `\uE000${held.push(text) - 1}\uE001`;
  let text = line.replace(LITERALS, (whole: string, ticks: string | undefined, code: string | undefined) => hold(ticks && code !== undefined ? code : whole));
  // An image as a link's words comes out on the second round.
  for (let round = 0; round < 3; round++) {
    const next = text.replace(LINK, "$1");
    if (next === text) break;
    text = next;
  }
  text = text.replace(URL, (whole: string, inBrackets: string | undefined) => hold(inBrackets ?? whole));
  for (let round = 0; round < 3; round++) {
    const next = EMPHASIS.reduce((t, pass) => t.replace(pass.re, pass.unwrap), text);
    if (next === text) break;
    text = next;
  }
  return text.replace(HELD, (_: string, index: string) => held[Number(index)]);
}

/**
 * A letter or digit that makes a delimiter sit inside a word (`a*b*c`, `snake_case`): then it
 * marks nothing. Chinese and Japanese are written without spaces, so `**重点**问题` is bold.
 */
const WORD = String.raw`(?:(?![\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}])[\p{L}\p{N}])`;
/** `_` is never emphasis inside any word, Chinese included (CommonMark). */
const ANY_WORD = String.raw`[\p{L}\p{N}]`;
/** A dunder name (`__init__`, `__main__`) reads as Python, not as bold. */
const IDENTIFIER = /^[\p{L}\p{N}_]+$/u;

interface EmphasisPass {
  re: RegExp;
  unwrap: (whole: string, before: string, inner: string) => string;
}

/**
 * Paired emphasis only: the opener after a non-word and before a non-space, the closer after a
 * non-space and before a non-word, the same run on both sides, and words between them. So
 * `2 * 3 * 4`, `**kwargs`, `src/**\/*.ts` and `*.ts or *.js` have no pair and stay.
 */
function emphasisPass(delimiter: string, word: string, keep?: (inner: string) => boolean): EmphasisPass {
  const d = delimiter.replace(/\*/g, "\\*");
  const c = delimiter[0] === "*" ? "\\*" : delimiter[0];
  // After the opener no space, no more of the delimiter, and no glob or path character (`*.ts`, `*/`).
  const source = `(^|(?!${word})[^${c}])${d}(?![\\s${c}./\\\\])([^]*?[^\\s${c}])${d}(?!${word}|${c})`;
  return {
    re: new RegExp(source, "gu"),
    unwrap: (whole, before, inner) => (/[\p{L}\p{N}]/u.test(inner) && !keep?.(inner) ? before + inner : whole),
  };
}

const EMPHASIS: EmphasisPass[] = [
  emphasisPass("***", WORD),
  emphasisPass("**", WORD),
  emphasisPass("__", ANY_WORD, (inner) => IDENTIFIER.test(inner)),
  emphasisPass("*", WORD),
  emphasisPass("_", ANY_WORD),
  emphasisPass("~~", WORD),
];
