import { renderToStaticMarkup } from "react-dom/server";
import ReactMarkdown, { type Components } from "react-markdown";
import remarkGfm from "remark-gfm";
import remarkMath from "remark-math";
import type { PluggableList } from "unified";
import { describe, expect, it } from "vitest";
import { markAnswerBoxes } from "@/lib/glm/answer-tokens";
import { rehypeAnswerBox } from "@/lib/markdown/rehype-answer-box";
import { remarkHtmlAsText } from "@/lib/markdown/remark-html-as-text";
import { sanitizeImageUrl, sanitizeLinkUrl } from "@/lib/markdown/sanitize-url";
import { markdownRenderer } from "./render-markdown";

const remarkPlugins = [remarkGfm, remarkMath, remarkHtmlAsText];
const urlTransform = (url: string, key: string) => (key === "src" ? sanitizeImageUrl(url) : sanitizeLinkUrl(url)) ?? "";

// Components that print what they were handed (the hast node, the props), so a difference in what
// reaches them shows in the markup, not only a difference in the default elements.
const seen = (tag: string) =>
  function Seen({ node, children, ...props }: { node?: { tagName?: string; children?: unknown[] }; children?: React.ReactNode }) {
    return <span data-tag={tag} data-node={`${node?.tagName}:${node?.children?.length}`} data-props={JSON.stringify(props)}>{children}</span>;
  };
const components = { pre: seen("pre"), code: seen("code"), a: seen("a"), img: seen("img"), input: seen("input"), div: seen("div"), span: seen("span") } as Components;

const SAMPLES = [
  "# Title\n\nSome *emphasis*, **strong**, ~~struck~~ and `code`.",
  "- one\n- two\n  - nested\n\n1. first\n2. second",
  "- [x] done\n- [ ] to do",
  "| a | b |\n|---|:-:|\n| 1 | 2 |\n| 3 | 4 |",
  "```ts\nconst x = 1;\n```\n\nafter",
  "Inline $a^2$ and display:\n\n$$\n\\int_0^1 x\\,dx\n$$",
  "[site](https://example.com) [anchor](#part) [bad](javascript:alert(1)) <https://auto.example> www.example.com",
  "![pic](https://example.com/a.png) ![data](data:image/png;base64,AAAA) ![bad](javascript:x)",
  "<div>raw block</div>\n\ntext with <b>inline</b> html and <script>alert(1)</script>",
  "A footnote[^1].\n\n[^1]: The note.",
  "> quote\n> > nested\n\n---\n\nline  \nbreak",
  markAnswerBoxes("The answer is <|begin_of_box|>42<|end_of_box|>.", { streaming: false }),
  markAnswerBoxes("<|begin_of_box|>\n\n- a box\n- around a list\n\n<|end_of_box|>", { streaming: false }),
  "[x][r]\n\n[r]: https://example.com/ref \"Title\"",
  "",
];

describe("markdownRenderer", () => {
  for (const open of [false, true]) {
    const rehypePlugins = [[rehypeAnswerBox, { open }]] as unknown as PluggableList;
    const render = markdownRenderer(remarkPlugins, rehypePlugins);
    it.each(SAMPLES)(`renders what react-markdown renders (box open: ${open}): %j`, (text) => {
      const expected = renderToStaticMarkup(
        <ReactMarkdown remarkPlugins={remarkPlugins} rehypePlugins={rehypePlugins} components={components} urlTransform={urlTransform} skipHtml={false}>
          {text}
        </ReactMarkdown>,
      );
      expect(renderToStaticMarkup(render(text, components, urlTransform))).toBe(expected);
      // The processor is reused: a second render of the same text gives the same markup.
      expect(renderToStaticMarkup(render(text, components, urlTransform))).toBe(expected);
    });
  }

  it("keeps raw HTML as text, never markup", () => {
    const html = renderToStaticMarkup(markdownRenderer(remarkPlugins, [])("<img src=x onerror=alert(1)>", {}, urlTransform));
    expect(html).not.toMatch(/<img/);
    expect(html).toContain("&lt;img");
  });
});
