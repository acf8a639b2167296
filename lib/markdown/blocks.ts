/**
 * Splits markdown into top-level blocks so that, while streaming, only the last (growing) block is
 * re-parsed; finished blocks keep the same string and are memoised by content.
 */
import { classifyLines } from "./fences";

const LIST_ITEM = /^[ \t]*([-*+]|\d{1,9}[.)])[ \t]/;
const FOOTNOTE_DEF = /^\[\^[^\]\s]+\]:/;
const LINK_DEF = /^ {0,3}\[(?!\^)[^\]]+\]:[ \t]*\S/;

export function splitBlocks(text: string): string[] {
  const lines = text.split("\n");
  const { kinds } = classifyLines(lines);
  const blocks: string[] = [];
  let cur: string[] = [];
  let blanks = 0;
  let curIsList = false;
  const flush = () => {
    if (cur.length) blocks.push(cur.join("\n"));
    cur = [];
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const isText = kinds[i] === "text";
    if (isText && line.trim() === "") {
      if (cur.length) blanks++;
      continue;
    }
    if (blanks > 0) {
      // Indented lines continue a list item or footnote; a new item continues a loose list.
      const continues = /^[ \t]/.test(line) || (curIsList && LIST_ITEM.test(line));
      if (continues) for (; blanks > 0; blanks--) cur.push("");
      else flush();
      blanks = 0;
    }
    if (cur.length === 0) curIsList = LIST_ITEM.test(line);
    cur.push(line);
  }
  flush();
  return joinDefinitions(blocks);
}

/**
 * Footnotes and reference links need their definitions in the same parse: footnote sections are
 * merged into one tail block, link definitions are copied into every block that may use them.
 */
function joinDefinitions(blocks: string[]): string[] {
  let out = blocks;
  if (out.some((b) => FOOTNOTE_DEF.test(b))) {
    const first = out.findIndex((b) => b.includes("[^"));
    if (first !== -1 && first < out.length - 1) {
      out = [...out.slice(0, first), out.slice(first).join("\n\n")];
    }
  }
  const defBlocks = out.filter((b) => b.split("\n").every((l) => LINK_DEF.test(l)));
  if (defBlocks.length === 0) return out;
  const defs = defBlocks.join("\n");
  return out.map((b) => (defBlocks.includes(b) || !b.includes("]") ? b : `${b}\n\n${defs}`));
}
