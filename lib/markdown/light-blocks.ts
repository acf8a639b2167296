/**
 * A long answer on a shared page is laid out without the markdown renderer (its cost per view is
 * bounded, lib/server/share/paging.ts), but still readably: fenced code stays code, with its
 * language, and the prose between loses the punctuation that marks it up. One linear pass.
 */
import { classifyLines, openingFence } from "./fences";
import { markdownAsPlainText } from "./plain-text";

export type LightBlock = { kind: "text"; text: string } | { kind: "code"; language: string; text: string };

export function lightBlocks(markdown: string): LightBlock[] {
  const lines = markdown.split("\n");
  const { kinds } = classifyLines(lines);
  const blocks: LightBlock[] = [];
  let text: string[] = [];
  let code: { language: string; lines: string[] } | null = null;
  const flushText = () => {
    const joined = markdownAsPlainText(text.join("\n")).trim();
    if (joined) blocks.push({ kind: "text", text: joined });
    text = [];
  };
  const flushCode = () => {
    if (code) blocks.push({ kind: "code", language: code.language, text: code.lines.join("\n") });
    code = null;
  };
  lines.forEach((line, i) => {
    if (kinds[i] === "fence") {
      if (code) flushCode();
      else {
        flushText();
        code = { language: openingFence(line)?.info.split(/\s/)[0] ?? "", lines: [] };
      }
    } else if (kinds[i] === "code") code?.lines.push(line);
    else text.push(line);
  });
  // An answer cut off inside a fence still shows what it had as code.
  flushCode();
  flushText();
  return blocks;
}
