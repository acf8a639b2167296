import { revealWords, type PieceRange } from "@/lib/ui/reveal-words";

/** The CSS highlight the marked words are drawn with (`::highlight(search-reveal)`, app/globals.css). */
const HIGHLIGHT = "search-reveal";
/** The words the result's snippet showed, drawn over the others (`::highlight(search-reveal-best)`). */
const BEST = "search-reveal-best";
/** Whose marks are drawn: a reveal's cleanup must not remove the marks of the one after it. */
let owner: object | null = null;

/** Text a reader sees: not a button's label, a screen-reader heading, or a closed panel's trace. */
function readable(node: Node): boolean {
  const parent = node.parentElement;
  return !!parent && !parent.closest("button, .sr-only, [aria-hidden='true']") && parent.checkVisibility();
}

/**
 * Marks the searched words inside an opened message with the CSS Custom Highlight API: drawn over
 * the text React rendered, without touching its DOM. Returns the range of the words the result's
 * snippet showed (the view scrolls there: the first "sentence" of a long answer could be 5,000 px
 * above "sentence 250"), or null when none of the words is in the message's rendered text (or the
 * browser has no highlights): the caller then marks the whole message.
 */
export function markWords(row: HTMLElement, query: string, by: object): Range | null {
  if (typeof Highlight === "undefined" || !("highlights" in CSS)) return null;
  const nodes: Text[] = [];
  const walker = document.createTreeWalker(row, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) if (readable(node)) nodes.push(node as Text);
  const found = revealWords(
    nodes.map((n) => n.data),
    query,
  );
  const toRange = ({ start, end }: PieceRange) => {
    const range = document.createRange();
    range.setStart(nodes[start.piece], start.offset);
    range.setEnd(nodes[end.piece], end.offset);
    return range;
  };
  if (!found.best || !found.ranges.length) return null;
  const best = toRange(found.best);
  CSS.highlights.set(HIGHLIGHT, new Highlight(...found.ranges.map(toRange)));
  CSS.highlights.set(BEST, new Highlight(best));
  owner = by;
  return best;
}

export function unmarkWords(by: object): void {
  if (owner !== by || !("highlights" in CSS)) return;
  CSS.highlights.delete(HIGHLIGHT);
  CSS.highlights.delete(BEST);
  owner = null;
}
