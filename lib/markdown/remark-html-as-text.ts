/**
 * Model output is untrusted: raw HTML never becomes markup. This remark plugin turns every html
 * node into literal text (wrapped in a paragraph where the parent expects blocks), so it shows
 * exactly as the model wrote it.
 */

interface Node {
  type: string;
  value?: string;
  children?: Node[];
}

const FLOW_PARENTS = new Set(["root", "blockquote", "listItem", "footnoteDefinition"]);

export function remarkHtmlAsText() {
  return (tree: Node) => {
    // Iterative walk: nesting is capped upstream, but recursion is still avoided on principle.
    const stack: Node[] = [tree];
    while (stack.length) {
      const parent = stack.pop()!;
      const children = parent.children;
      if (!children) continue;
      for (let i = 0; i < children.length; i++) {
        const child = children[i];
        if (child.type === "html") {
          const text: Node = { type: "text", value: child.value ?? "" };
          children[i] = FLOW_PARENTS.has(parent.type) ? { type: "paragraph", children: [text] } : text;
        } else if (child.children) stack.push(child);
      }
    }
  };
}
