/**
 * Markdown read as plain text, for the moment before the parser chunk has arrived (a first answer
 * can start streaming while it still loads on a slow phone): the words without the punctuation
 * that marks them up, so a reader never sees `**`, fences or `$$` flash by. Not a renderer: no
 * structure, no escaping rules; the real render replaces it within a moment.
 */
export function markdownAsPlainText(markdown: string): string {
  return markdown
    .split("\n")
    .filter((line) => !/^\s*(```|~~~|\$\$\s*$)/.test(line))
    .map((line) =>
      line
        .replace(/^\s{0,3}#{1,6}\s+/, "")
        .replace(/^\s{0,3}>\s?/, "")
        .replace(/(\*\*|__|~~|`+|\$\$)/g, ""),
    )
    .join("\n");
}
