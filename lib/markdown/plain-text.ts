/**
 * Markdown read as plain text, for the moment before the parser chunk has arrived (a first answer
 * can start streaming while it still loads on a slow phone): the words without the punctuation
 * that marks them up, so a reader never sees `**`, fences or `$$` flash by. Also what history
 * search indexes and shows of an answer (lib/store/persist/search-core.ts). Not a renderer: no
 * structure, no escaping rules.
 */
export function markdownAsPlainText(markdown: string): string {
  // Whole-text passes, not line by line: search indexes every answer of a long history with this.
  return markdown
    .replace(DROPPED_LINES, "")
    .replace(/^[ \t]{0,3}#{1,6}[ \t]+/gm, "")
    .replace(/^[ \t]{0,3}>[ \t]?/gm, "")
    // A link or image reads as its words: [text](url) → text.
    .replace(/!?\[([^\]\n]*)\]\([^)\n]*\)/g, "$1")
    .replace(/^[ \t]*\|[ \t]?|[ \t]?\|[ \t]*$/gm, "")
    .replace(/[ \t]\|[ \t]/g, " · ")
    .replace(/\*\*|__|~~|`+|\$\$/g, "");
}

/** Fences, display-math delimiters and a table's |---| row: lines that hold no words. */
const DROPPED_LINES = /^[ \t]*(?:```|~~~).*(?:\n|$)|^[ \t]*\$\$[ \t]*(?:\n|$)|^[ \t]*\|?[ \t]*:?-{3,}:?[ \t]*(?:\|[ \t]*:?-{3,}:?[ \t]*)*\|?[ \t]*(?:\n|$)/gm;
