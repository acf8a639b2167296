/** Pure search over an in-memory index: case-insensitive, every term must match, highlight ranges. */
import { stripMarkup } from "@/lib/glm/strip-markup";
import { markdownAsPlainText } from "@/lib/markdown/plain-text";
import { splitFileBlocks } from "@/lib/media/text-file-blocks";
import { bestWindow, findRanges, fold, parseQuery, type TermWindow, type TextRange } from "./search-terms";

// Here too for the index's callers; the message list takes them from ./search-terms alone.
export { bestWindow, findRanges, fold, parseQuery, type TermWindow, type TextRange };

export interface SearchSnippet {
  messageId: string;
  /** An excerpt of the message around the first hit; ranges are relative to it. */
  text: string;
  ranges: TextRange[];
}

export interface SearchResult {
  conversationId: string;
  title: string;
  updatedAt: number;
  pinned?: boolean;
  titleRanges: TextRange[];
  snippets: SearchSnippet[];
}

export interface IndexedMessage {
  id: string;
  text: string;
  /** Where its folded text begins in the conversation's haystack (a slice of it is free). */
  at: number;
  /** An answer's text is markdown: its snippet is cut from the words as rendered (`shownText`). */
  markdown?: boolean;
  /** The rendered words, worked out the first time a search shows this message, then kept. */
  shown?: string;
}

export interface IndexedConversation {
  id: string;
  title: string;
  updatedAt: number;
  pinned?: boolean;
  messages: IndexedMessage[];
  /** fold(title) + SEP + fold(message 0) + SEP + ...: one includes() per term rejects most conversations. */
  haystack: string;
}

export interface SearchOptions {
  limit?: number;
  snippetsPerConversation?: number;
  /** Characters of context kept on each side of the best hit in a snippet. */
  snippetRadius?: number;
}

const SEP = "\n\u0000\n";

export function indexConversation(
  conversation: { id: string; title: string; updatedAt: number; pinned?: boolean },
  messages: { id: string; content: string; role?: string; textFiles?: number }[],
): IndexedConversation {
  // Indexed as the user reads it: no GLM markup in matches or snippets.
  let at = conversation.title.length + SEP.length;
  const texts: IndexedMessage[] = messages.map((m) => {
    const indexed: IndexedMessage = m.role === "user" ? { id: m.id, text: readable(m), at } : { id: m.id, text: stripMarkup(m.content), markdown: true, at };
    at += indexed.text.length + SEP.length;
    return indexed;
  });
  return {
    id: conversation.id,
    title: conversation.title,
    updatedAt: conversation.updatedAt,
    pinned: conversation.pinned,
    messages: texts,
    haystack: fold([conversation.title, ...texts.map((t) => t.text)].join(SEP)),
  };
}

/** A question's text files as their names and text, not the fenced blocks they travel in. */
function readable(m: { content: string; textFiles?: number }): string {
  const { files, typed } = splitFileBlocks(m.content, m.textFiles);
  return files.length ? [typed, ...files.map((f) => `${f.name}: ${f.text}`)].filter((t) => t.trim()).join("\n") : m.content;
}

/**
 * An answer as the reader saw it rendered: no `**`, fences or link targets in its snippet. Only
 * for messages a search shows (a few per result), not at indexing: on every answer of a long
 * history that pass cost ten to twenty times the rest of the index build.
 */
function shownText(message: IndexedMessage): string {
  if (!message.markdown) return message.text;
  message.shown ??= snippetWords(markdownAsPlainText(message.text));
  return message.shown;
}

/** What a snippet also leaves out: list bullets and numbers, task boxes, footnote marks, `_emphasis_`. */
function snippetWords(text: string): string {
  return text
    .replace(/^[ \t]*(?:[-*+]|\d{1,3}[.)])[ \t]+(?:\[[ xX]\][ \t]+)?/gm, "")
    .replace(/\[\^[^\]\s]{1,32}\]/g, "")
    .replace(/(^|[^\w])_(?=\S)([^_\n]*?\S)_(?!\w)/g, "$1$2");
}

function snippetFor(indexed: IndexedMessage, terms: string[], radius: number): SearchSnippet | null {
  const message = { id: indexed.id, text: shownText(indexed) };
  const folded = fold(message.text);
  const hit = bestWindow(folded, terms);
  if (!hit) return null;
  let start = wordStart(message.text, Math.max(0, hit.start - radius), hit.start);
  let end = wordEnd(message.text, Math.min(message.text.length, hit.end + radius * 2), hit.end);
  // Do not cut a UTF-16 surrogate pair in half.
  if (start > 0 && /[\uDC00-\uDFFF]/.test(message.text[start])) start -= 1;
  if (end < message.text.length && /[\uDC00-\uDFFF]/.test(message.text[end])) end += 1;
  const prefix = start > 0 ? "…" : "";
  const text = prefix + message.text.slice(start, end).replace(/\s/g, " ") + (end < message.text.length ? "…" : "");
  // Only the shown stretch is searched for marks: the whole message had already been walked once
  // by bestWindow, and a second walk of it doubled this function's cost per keystroke.
  const ranges = findRanges(folded.slice(start, end), terms).map((r) => ({ start: r.start + prefix.length, end: r.end + prefix.length }));
  return { messageId: message.id, text, ranges };
}

/**
 * The conversation's messages, best match first: those holding more of the terms, then (several
 * terms) those holding them closer together, then in order. Matched on the stored text, sliced from
 * the haystack (no copy, no fold): only the few messages a snippet is cut from pay for rendering.
 */
const CLOSENESS_CANDIDATES = 8;

function rankMessages(entry: IndexedConversation, terms: string[]): IndexedMessage[] {
  const scored: { message: IndexedMessage; terms: number; span: number; order: number }[] = [];
  entry.messages.forEach((message, order) => {
    const folded = entry.haystack.slice(message.at, message.at + message.text.length);
    let count = 0;
    for (const term of terms) if (folded.includes(term)) count++;
    if (count) scored.push({ message, terms: count, span: 0, order });
  });
  if (terms.length > 1) {
    const most = Math.max(0, ...scored.map((s) => s.terms));
    // Closeness is weighed among the first few holding the most terms: common words fill every
    // message of a long chat, and measuring each made a keystroke cost twice as much.
    let measured = 0;
    for (const s of scored) {
      if (s.terms < most || most < 2) continue;
      if (measured++ >= CLOSENESS_CANDIDATES) {
        s.span = Infinity;
        continue;
      }
      const hit = bestWindow(entry.haystack.slice(s.message.at, s.message.at + s.message.text.length), terms);
      s.span = hit ? hit.end - hit.start : Infinity;
    }
    scored.sort((a, b) => b.terms - a.terms || a.span - b.span || a.order - b.order);
  }
  return scored.map((s) => s.message);
}

/** How far a snippet's edge moves to reach a space, so it does not begin or end mid-word. */
const WORD_REACH = 12;

/** The start moved forward to the next word, never past the hit (unspaced text, e.g. Chinese, is cut as it is). */
function wordStart(text: string, at: number, hit: number): number {
  if (at === 0 || /\s/.test(text[at - 1])) return at;
  for (let i = at; i < Math.min(hit, at + WORD_REACH); i++) if (/\s/.test(text[i])) return i + 1;
  return at;
}

/** The end moved back to the end of the last whole word, when one ends nearby, never before the hit. */
function wordEnd(text: string, at: number, hit: number): number {
  if (at >= text.length || /\s/.test(text[at])) return at;
  for (let i = at; i > Math.max(hit, at - WORD_REACH) && i > 0; i--) if (/\s/.test(text[i - 1])) return i - 1;
  return at;
}

function sameWords(a: string, b: string): boolean {
  return a.replace(/\s+/g, " ").trim() === b.replace(/\s+/g, " ").trim();
}

/** Matches newest activity first. */
export function searchIndex(
  entries: Iterable<IndexedConversation>,
  query: string,
  { limit = 200, snippetsPerConversation = 3, snippetRadius = 40 }: SearchOptions = {},
): SearchResult[] {
  const terms = parseQuery(query);
  if (!terms.length) return [];
  const hits: IndexedConversation[] = [];
  for (const entry of entries) {
    if (terms.every((term) => entry.haystack.includes(term))) hits.push(entry);
  }
  hits.sort((a, b) => b.updatedAt - a.updatedAt);
  return hits.slice(0, limit).map((entry) => {
    const snippets: SearchSnippet[] = [];
    // One term: the first messages holding it are the best, so the walk stops at the third
    // snippet instead of scanning the whole chat (a one-letter query hits nearly every message).
    for (const message of terms.length === 1 ? entry.messages : rankMessages(entry, terms)) {
      if (snippets.length >= snippetsPerConversation) break;
      const snippet = snippetFor(message, terms, snippetRadius);
      // A first question that became the title word for word would repeat the title line.
      if (snippet && !sameWords(snippet.text, entry.title)) snippets.push(snippet);
    }
    return {
      conversationId: entry.id,
      title: entry.title,
      updatedAt: entry.updatedAt,
      pinned: entry.pinned,
      titleRanges: findRanges(fold(entry.title), terms),
      snippets,
    };
  });
}
