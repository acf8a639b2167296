/**
 * GLM-4.5V wraps final answers in `<|begin_of_box|>` ... `<|end_of_box|>`. Users must never see
 * these tokens raw, not even half of one while the stream is mid-token, so the renderer works on
 * segments instead of the raw text.
 */

export const BOX_BEGIN = "<|begin_of_box|>";
export const BOX_END = "<|end_of_box|>";
const THINK_OPEN = "<think>";
const THINK_CLOSE = "</think>";

export type AnswerSegment = { type: "text" | "box"; text: string };

export interface SplitOptions {
  /** While streaming, any tail that could still grow into a special token is held back. */
  streaming?: boolean;
}

const TAIL_TOKENS = [BOX_BEGIN, BOX_END, THINK_OPEN, THINK_CLOSE];

/** Length of the tail of `text` that is a proper prefix of a special token (0 if none). */
function partialTokenTail(text: string, streaming: boolean): number {
  const start = text.lastIndexOf("<");
  if (start === -1) return 0;
  const tail = text.slice(start);
  const isPrefix = TAIL_TOKENS.some((t) => t.length > tail.length && t.startsWith(tail));
  if (!isPrefix) return 0;
  // A finished answer ending in a lone "<" is ordinary text; "<|..." never is.
  if (!streaming && !tail.startsWith("<|")) return 0;
  return tail.length;
}

/**
 * `<think>` is split off server-side; this is the defensive copy for content that still holds it
 * (e.g. self-hosted servers without a reasoning parser). An unclosed `<think>` hides the rest.
 */
export function stripThink(text: string): string {
  if (!text.includes("<think>") && !text.includes("</think>")) return text;
  let out = "";
  let pos = 0;
  while (pos < text.length) {
    const open = text.indexOf(THINK_OPEN, pos);
    const close = text.indexOf(THINK_CLOSE, pos);
    if (open === -1 && close === -1) {
      out += text.slice(pos);
      break;
    }
    if (close !== -1 && (open === -1 || close < open)) {
      // A stray close tag: everything before it was reasoning emitted without an opening tag
      // only if nothing was output yet; otherwise just drop the tag.
      out += pos === 0 && out === "" ? "" : text.slice(pos, close);
      pos = close + THINK_CLOSE.length;
      continue;
    }
    out += text.slice(pos, open);
    const end = text.indexOf(THINK_CLOSE, open + THINK_OPEN.length);
    if (end === -1) break;
    pos = end + THINK_CLOSE.length;
  }
  return out;
}

/** Splits answer text into plain and "Answer box" segments; special tokens never appear. */
export function splitAnswer(raw: string, options: SplitOptions = {}): AnswerSegment[] {
  const streaming = options.streaming ?? false;
  let text = raw.slice(0, raw.length - partialTokenTail(raw, streaming));
  text = stripThink(text);
  const segments: AnswerSegment[] = [];
  const push = (type: AnswerSegment["type"], value: string) => {
    if (value === "") return;
    const last = segments[segments.length - 1];
    if (last && last.type === type) last.text += value;
    else segments.push({ type, text: value });
  };
  let pos = 0;
  let inBox = false;
  while (pos < text.length) {
    const token = inBox ? BOX_END : BOX_BEGIN;
    const next = text.indexOf(token, pos);
    // A misplaced token of the other kind (end without begin, nested begin) is dropped silently.
    const stray = inBox ? BOX_BEGIN : BOX_END;
    const chunkEnd = next === -1 ? text.length : next;
    push(inBox ? "box" : "text", text.slice(pos, chunkEnd).split(stray).join(""));
    if (next === -1) break;
    pos = next + token.length;
    inBox = !inBox;
  }
  return segments;
}

/** Clean text for the clipboard: box contents kept, every special token and think block removed. */
export function stripAnswerTokens(raw: string): string {
  return splitAnswer(raw)
    .map((s) => s.text)
    .join("");
}

/**
 * Private-use characters standing for the box tokens inside one markdown document (never shown:
 * lib/markdown/rehype-answer-box.ts turns them into the box elements). Any the model itself sent
 * are removed first.
 */
export const BOX_OPEN_MARK = "\uE000";
export const BOX_CLOSE_MARK = "\uE001";
export const BOX_MARKS = /[\uE000\uE001]/g;

/** A line that starts a block of its own (fence, math, heading, quote, list, table). */
const BLOCK_START = /^[ \t]*(`{3,}|~{3,}|\$\$|#{1,6}[ \t]|>|[-*+][ \t]|\d{1,9}[.)][ \t]|\|)/;
const BLOCK_END = /(^|\n)[ \t]*(`{3,}|~{3,}|\$\$)[ \t]*\n*$/;

/**
 * The answer as ONE markdown text with each box delimited by the marks, so lists, footnotes and
 * paragraphs around and across a box are parsed together. A mark that would sit on a fence or
 * another block's first or last line gets a line of its own, where it cannot break that block.
 */
export function markAnswerBoxes(raw: string, options: SplitOptions = {}): string {
  let out = "";
  for (const segment of splitAnswer(raw.replace(BOX_MARKS, ""), options)) {
    if (segment.type === "text") {
      out += segment.text;
      continue;
    }
    const body = segment.text;
    const firstLine = body.replace(/^\n+/, "").split("\n", 1)[0];
    out += BOX_OPEN_MARK + (BLOCK_START.test(firstLine) ? "\n" : "") + body + (BLOCK_END.test(body) ? "\n" : "") + BOX_CLOSE_MARK;
  }
  return out;
}
