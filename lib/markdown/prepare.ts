/** The pipeline from raw answer text to the markdown blocks the renderer parses one by one. */
import { splitBlocks } from "./blocks";
import { openingFence, closesFence, isMathFence, type Fence } from "./fences";
import { escapeLoneDollars } from "./dollars";
import { healMarkdown } from "./heal";
import { limitDelimiters, limitNesting, normaliseMathDelimiters, wrapRawHtml } from "./preprocess";
import { chunkTable } from "./tables";

function prepareAll(text: string): string[] {
  const normalised = limitNesting(escapeLoneDollars(normaliseMathDelimiters(wrapRawHtml(text))));
  return splitBlocks(normalised).flatMap(chunkTable).map(limitDelimiters);
}

function heal(blocks: string[], streaming: boolean): string[] {
  if (!streaming || blocks.length === 0) return blocks;
  const out = blocks.slice();
  const healed = healMarkdown(out[out.length - 1]);
  if (healed.trim() === "") out.pop();
  else out[out.length - 1] = healed;
  return out;
}

export function prepareBlocks(text: string, streaming: boolean): string[] {
  return heal(prepareAll(text), streaming);
}

// Whole-text constructs that tie distant blocks together: never cut the text when present.
const GLOBAL = /<!doctype|<html|\[\^|^ {0,3}\[[^\]\n]+\]:/im;
const BLOCK_START = /^[A-Za-z#]/;

/**
 * The offset of the last line in `text` where everything before it forms finished blocks that
 * no later text can change: a line starting a paragraph or heading at column 0, after a blank
 * line, outside code and math. 0 if there is none.
 */
export function stableCut(text: string): number {
  let fence: Fence | null = null;
  let math = false;
  let latexOpen = 0;
  let prevBlank = false;
  let cut = 0;
  let pos = 0;
  while (pos <= text.length) {
    let end = text.indexOf("\n", pos);
    if (end === -1) end = text.length;
    const line = text.slice(pos, end);
    if (fence) {
      if (closesFence(line, fence)) fence = null;
    } else if (math) {
      if (isMathFence(line)) math = false;
    } else {
      if (prevBlank && latexOpen === 0 && BLOCK_START.test(line)) cut = pos;
      const open = openingFence(line);
      if (open) fence = open;
      else if (isMathFence(line)) math = true;
      else if (line.trim() === "\\[") latexOpen++;
      else if (line.trim() === "\\]") latexOpen = Math.max(0, latexOpen - 1);
    }
    prevBlank = !fence && !math && line.trim() === "";
    if (end === text.length) break;
    pos = end + 1;
  }
  return cut;
}

/**
 * A per-message preparer for streaming: text only grows, so the finished blocks of the unchanged
 * prefix are kept (the same strings, so memoised block components skip them) and only the tail
 * is split and preprocessed again. Output always equals `prepareBlocks(text, streaming)`.
 */
export function createBlockPreparer(): (text: string, streaming: boolean) => string[] {
  let prefix = "";
  let head: string[] = [];
  return (text, streaming) => {
    if (GLOBAL.test(text)) {
      prefix = "";
      head = [];
      return prepareBlocks(text, streaming);
    }
    if (!text.startsWith(prefix)) {
      prefix = "";
      head = [];
    }
    const tail = text.slice(prefix.length);
    const cut = stableCut(tail);
    if (cut > 0) {
      head = head.concat(prepareAll(tail.slice(0, cut)));
      prefix = text.slice(0, prefix.length + cut);
    }
    return heal(head.concat(prepareAll(tail.slice(cut))), streaming);
  };
}
