import type { Element, Root, RootContent } from "hast";

/** The blocks whose direction their own text decides: an Arabic line in an English answer reads right to left. */
const TEXT_BLOCKS = new Set(["p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "td", "th", "dt", "dd"]);

/**
 * `dir="auto"` on each text block, so a paragraph in Arabic or Hebrew is aligned and punctuated
 * right to left (its full stop had sat at the wrong end), while code keeps its own direction.
 */
export function rehypeDirAuto() {
  return (tree: Root) => {
    const visit = (node: Root | RootContent) => {
      if (node.type !== "root" && node.type !== "element") return;
      if (node.type === "element") {
        if (node.tagName === "pre" || node.tagName === "code") return;
        if (TEXT_BLOCKS.has(node.tagName)) (node as Element).properties = { ...node.properties, dir: "auto" };
      }
      for (const child of node.children) visit(child);
    };
    visit(tree);
  };
}
