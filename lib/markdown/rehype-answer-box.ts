/**
 * Turns the box marks (lib/glm/answer-tokens.ts `markAnswerBoxes`) inside one parsed markdown
 * block into answer-box elements, without moving anything out of its list, paragraph or footnote
 * section: a box inside a sentence becomes an inline span, a box around whole blocks a div
 * around them. A box may begin in an earlier block (`open`) and go on past this one.
 */
import type { Element, ElementContent, Root, RootContent } from "hast";

const OPEN = "\uE000";
const CLOSE = "\uE001";
const MARKS = /([\uE000\uE001])/;
/** Blocks a mark at the edge of is moved out of, so the box wraps the whole block. */
const HOISTED = new Set(["p", "h1", "h2", "h3", "h4", "h5", "h6"]);
const BLOCKS = new Set(["p", "div", "ul", "ol", "li", "pre", "table", "blockquote", "section", "hr", "h1", "h2", "h3", "h4", "h5", "h6"]);

type Parent = Root | Element;
type Child = RootContent | ElementContent;

const isMark = (n: Child | undefined, mark?: string): boolean => n?.type === "text" && (mark ? n.value === mark : n.value === OPEN || n.value === CLOSE);
const hasMark = (n: Child): boolean => (n.type === "text" ? MARKS.test(n.value) : n.type === "element" ? n.children.some(hasMark) : false);
const text = (value: string): Child => ({ type: "text", value });

/** Splits every text holding a mark so each mark is a text node of its own. */
function splitMarks(parent: Parent): void {
  const out: Child[] = [];
  for (const child of parent.children as Child[]) {
    if (child.type === "element") splitMarks(child);
    if (child.type !== "text" || !MARKS.test(child.value)) {
      out.push(child);
      continue;
    }
    for (const piece of child.value.split(MARKS)) if (piece) out.push(text(piece));
  }
  parent.children = out as Parent["children"];
}

/** A mark first or last in a paragraph or heading moves just before or after it. */
function hoist(parent: Parent): void {
  const out: Child[] = [];
  for (const child of parent.children as Child[]) {
    if (child.type !== "element") {
      out.push(child);
      continue;
    }
    hoist(child);
    if (!HOISTED.has(child.tagName)) {
      out.push(child);
      continue;
    }
    const before: Child[] = [];
    const after: Child[] = [];
    const inner = child.children as Child[];
    const blank = (n: Child | undefined) => n?.type === "text" && !n.value.trim() && !isMark(n);
    while (inner.length && (isMark(inner[0]) || (blank(inner[0]) && isMark(inner[1])))) {
      const n = inner.shift()!;
      if (isMark(n)) before.push(n);
    }
    while (inner.length && (isMark(inner.at(-1)) || (blank(inner.at(-1)) && isMark(inner.at(-2))))) {
      const n = inner.pop()!;
      if (isMark(n)) after.unshift(n);
    }
    out.push(...before);
    if (inner.length) out.push(child);
    out.push(...after);
  }
  parent.children = out as Parent["children"];
}

function box(children: Child[], continued: boolean): Element {
  const block = children.some((c) => c.type === "element" && BLOCKS.has(c.tagName));
  return {
    type: "element",
    tagName: block ? "div" : "span",
    properties: { dataAnswerBox: block ? "block" : "inline", dataContinued: continued ? "true" : undefined, dataTestid: "message-answer-box" },
    children: children as ElementContent[],
  };
}

/** Wraps what lies between marks; returns whether a box is still open at the end of `parent`. */
function wrap(parent: Parent, startOpen: boolean): boolean {
  const out: Child[] = [];
  let current: Child[] | null = startOpen ? [] : null;
  let continued = startOpen;
  const closeBox = () => {
    if (current && current.some((c) => c.type !== "text" || c.value.trim())) out.push(box(current, continued));
    else if (current) out.push(...current);
    current = null;
  };
  for (const child of parent.children as Child[]) {
    if (isMark(child, OPEN)) {
      if (!current) {
        current = [];
        continued = false;
      }
      continue;
    }
    if (isMark(child, CLOSE)) {
      closeBox();
      continue;
    }
    if (child.type === "element" && hasMark(child)) {
      // The box's part inside this element is wrapped there; it may open or close inside it.
      const wasOpen = current !== null;
      closeBox();
      const endsOpen = wrap(child, wasOpen);
      out.push(child);
      if (endsOpen) {
        current = [];
        continued = true;
      }
      continue;
    }
    (current ?? out).push(child);
  }
  const open = current !== null;
  closeBox();
  parent.children = out as Parent["children"];
  return open;
}

export interface AnswerBoxOptions {
  /** The block begins inside a box opened by an earlier block. */
  open?: boolean;
}

export function rehypeAnswerBox(options: AnswerBoxOptions = {}) {
  return (tree: Root) => {
    splitMarks(tree);
    hoist(tree);
    wrap(tree, !!options.open);
  };
}

/** Whether a box is open after this block, given whether it was open before it. */
export function boxOpenAfter(block: string, openBefore: boolean): boolean {
  // The last mark decides; a native search, as this runs for every block on every streamed update.
  const open = block.lastIndexOf(OPEN);
  const close = block.lastIndexOf(CLOSE);
  if (open === close) return openBefore; // both -1: no mark in the block
  return open > close;
}
