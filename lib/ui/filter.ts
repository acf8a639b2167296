/**
 * True when every whitespace-separated term of the query (case-insensitive) starts a word of the
 * text: "text" finds the text models, not every model's "context"; "4.6" still finds "GLM-4.6V".
 * A term in a script without spaces between words (Chinese) may match anywhere.
 */
export function matchesQuery(text: string, query: string): boolean {
  const haystack = text.toLowerCase();
  return query
    .toLowerCase()
    .split(/\s+/)
    .filter(Boolean)
    .every((term) => (/^[\p{Script=Latin}\p{N}]/u.test(term) ? startsAWord(haystack, term) : haystack.includes(term)));
}

function startsAWord(haystack: string, term: string): boolean {
  for (let at = haystack.indexOf(term); at >= 0; at = haystack.indexOf(term, at + 1)) {
    if (at === 0 || !/[\p{L}\p{N}]/u.test(haystack[at - 1])) return true;
  }
  return false;
}
