/**
 * The text files a user message carries: the composer puts each before the typed text as a named,
 * fenced block (textFilePartText in ./documents.ts), which is what the model must receive. The
 * message view, the title and the demo's quote read them back apart from what was typed.
 */
export interface QuotedFile {
  name: string;
  lines: number;
  truncated: boolean;
  /** The file's text as sent (up to the cut). */
  text: string;
  /** The whole block as it stands in the message (name, fences, cut note). */
  block: string;
}

const HEAD = /^File: ([^\n]{1,300})\n(`{3,})[^\n`]*\n/;
const CUT = /^\n\[Cut: [^\]\n]*\]/;

/** A file's lines as a reader counts them: a final newline does not start another. */
export function lineCount(text: string): number {
  return text ? text.replace(/\n$/, "").split("\n").length : 0;
}

/**
 * The leading file blocks of a message, and the text typed after them (the whole text if none).
 * `count`: how many the message says it has (`textFiles`), so typed text that merely looks like a
 * file block stays text; absent (questions written before it was kept) they are read by shape.
 */
export function splitFileBlocks(content: string, count?: number): { files: QuotedFile[]; typed: string } {
  const files: QuotedFile[] = [];
  let rest = content;
  while (count === undefined || files.length < count) {
    const head = HEAD.exec(rest);
    if (!head) break;
    const body = rest.slice(head[0].length);
    const fence = `\n${head[2]}`;
    const close = body.indexOf(fence);
    if (close < 0 || !/^(\n|$)/.test(body.slice(close + fence.length))) break;
    const text = body.slice(0, close);
    let after = body.slice(close + fence.length);
    const cut = CUT.exec(after);
    if (cut) after = after.slice(cut[0].length);
    const block = rest.slice(0, rest.length - after.length);
    files.push({ name: head[1], lines: lineCount(text), truncated: !!cut, text, block });
    rest = after.replace(/^\n+/, "");
  }
  return files.length ? { files, typed: rest } : { files, typed: content };
}

/**
 * The message with its typed text replaced and its file blocks kept as they were: editing a
 * question changes what was typed, never the files sent with it.
 */
export function withTypedText(content: string, typed: string, count?: number): string {
  const { files, typed: old } = splitFileBlocks(content, count);
  if (!files.length) return typed;
  const blocks = content.slice(0, content.length - old.length).replace(/\n+$/, "");
  return typed.trim() ? `${blocks}\n\n${typed}` : blocks;
}

/** A question's text with only these of its file blocks (the editor took the others out) before what was typed. */
export function withFiles(files: readonly QuotedFile[], typed: string): string {
  return [...files.map((f) => f.block), typed].filter((t) => t.trim()).join("\n\n");
}

/** A question as its bubble shows it, for Copy: what was typed, or for files alone their text (not the blocks' markup). */
export function questionCopyText(content: string, count?: number): string {
  const { files, typed } = splitFileBlocks(content, count);
  return typed.trim() ? typed : files.map((f) => f.text.replace(/\n$/, "")).join("\n\n");
}
