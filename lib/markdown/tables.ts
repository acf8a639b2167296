/**
 * micromark's cost grows faster than linearly with the lines of one block (a 400-row table takes
 * hundreds of milliseconds), so long tables are cut into chunks of TABLE_CHUNK_ROWS rows. Each
 * chunk repeats the header and is its own memoised block: streaming re-parses only the last chunk,
 * and the renderer hides the repeated header of continuation chunks.
 */

export const TABLE_CHUNK_ROWS = 50;
const DELIMITER = /^[ \t]*\|?[ \t]*:?-+:?[ \t]*(\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$/;

export function chunkTable(block: string): string[] {
  if (block.charCodeAt(0) !== 124 /* | */ && !block.trimStart().startsWith("|")) return [block];
  const lines = block.split("\n");
  if (lines.length <= TABLE_CHUNK_ROWS + 2 || !DELIMITER.test(lines[1])) return [block];
  // Only a block that is all table rows is chunked; anything after the table stays with the last chunk.
  const head = `${lines[0]}\n${lines[1]}`;
  const out: string[] = [];
  for (let i = 2; i < lines.length; i += TABLE_CHUNK_ROWS) {
    const rows = i + TABLE_CHUNK_ROWS >= lines.length ? lines.slice(i) : lines.slice(i, i + TABLE_CHUNK_ROWS);
    out.push(`${head}\n${rows.join("\n")}`);
  }
  return out;
}

/** True when `cur` continues the table chunk `prev` (same header, `prev` a full chunk). */
export function isTableContinuation(prev: string | undefined, cur: string): boolean {
  if (!prev || cur.charCodeAt(0) !== prev.charCodeAt(0) || !cur.trimStart().startsWith("|")) return false;
  const headEnd = nthNewline(cur, 2);
  if (headEnd === -1 || prev.slice(0, headEnd + 1) !== cur.slice(0, headEnd + 1)) return false;
  let rows = 0;
  for (let i = headEnd; i !== -1; i = prev.indexOf("\n", i + 1)) rows++;
  return rows === TABLE_CHUNK_ROWS;
}

function nthNewline(text: string, n: number): number {
  let at = -1;
  for (let k = 0; k < n; k++) {
    at = text.indexOf("\n", at + 1);
    if (at === -1) return -1;
  }
  return at;
}
