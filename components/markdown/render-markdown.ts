import { toJsxRuntime } from "hast-util-to-jsx-runtime";
import type { Nodes, Root } from "hast";
import { urlAttributes } from "html-url-attributes";
import type { ReactElement } from "react";
import { Fragment, jsx, jsxs } from "react/jsx-runtime";
import type { Components } from "react-markdown";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified, type PluggableList, type Processor } from "unified";
import { visit } from "unist-util-visit";
import { VFile } from "vfile";

export type UrlTransform = (url: string, key: string) => string;

/**
 * What react-markdown's `<Markdown>` does for one text, with the processor built once per plugin
 * set instead of on every render: react-markdown makes a new unified processor for each call and
 * unified freezes it (running every plugin's attacher, GFM's building its micromark extensions)
 * before the parse, which was a good part of the Markdown time of a stored conversation's start
 * (docs/decisions/startup-reads.md, round 6). The steps after the transform are react-markdown
 * 10.1's `post` for the options we use (raw HTML kept as text, every URL attribute through
 * `urlTransform`, no element filters); a unit test renders both and compares.
 */
export function markdownRenderer(remarkPlugins: PluggableList, rehypePlugins: PluggableList) {
  let processor: Processor<never, never, Root> | undefined;
  return function render(text: string, components: Components, urlTransform: UrlTransform): ReactElement {
    processor ??= unified()
      .use(remarkParse)
      .use(remarkPlugins)
      .use(remarkRehype, { allowDangerousHtml: true })
      .use(rehypePlugins)
      .freeze() as unknown as Processor<never, never, Root>;
    const file = new VFile();
    file.value = text;
    const tree = processor.runSync(processor.parse(file) as never, file) as Root;
    visit(tree, (node: Nodes, index, parent) => {
      if (node.type === "raw" && parent && typeof index === "number") {
        parent.children[index] = { type: "text", value: node.value };
        return index;
      }
      if (node.type === "element") {
        for (const key in urlAttributes) {
          if (Object.hasOwn(urlAttributes, key) && Object.hasOwn(node.properties, key)) {
            const test = urlAttributes[key];
            if (test === null || test.includes(node.tagName)) node.properties[key] = urlTransform(String(node.properties[key] || ""), key);
          }
        }
      }
    });
    return toJsxRuntime(tree, { Fragment, components: components as never, ignoreInvalidStyle: true, jsx, jsxs, passKeys: true, passNode: true });
  };
}
