import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { BOX_FLOW } from "@/lib/demo/rich-answers";
import { markAnswerBoxes } from "@/lib/glm/answer-tokens";
import { withIntl } from "@/test/intl";
import { Markdown } from "./markdown";

const render = (text: string, streaming = false) => renderToString(withIntl(<Markdown text={text} streaming={streaming} />));
const count = (html: string, re: RegExp) => html.match(re)?.length ?? 0;

describe("answer boxes in the markdown flow", () => {
  it("keeps a list whole and the footnotes at the end", () => {
    const html = render(BOX_FLOW);
    const body = html.slice(0, html.indexOf('class="footnotes"'));
    expect(count(body, /<ol/g)).toBe(1);
    expect(count(body, /<li/g)).toBe(3);
    expect(html.indexOf('class="footnotes"')).toBeGreaterThan(html.indexOf("that is all"));
    expect(count(html, /data-testid="message-answer-box"/g)).toBe(2);
    expect(html).not.toMatch(/[\uE000\uE001]|begin_of_box|\[\^1\]/);
  });

  it("draws a box inside a sentence inline, and a box around whole blocks as a labelled block", () => {
    const inline = render("The result is <|begin_of_box|>**42** apples<|end_of_box|> in total.");
    expect(inline).toMatch(/<p dir="auto">The result is <span data-testid="message-answer-box"[^>]*><strong>42<\/strong> apples<\/span> in total\.<\/p>/);
    const whole = render("<|begin_of_box|>First paragraph.\n\nSecond paragraph.<|end_of_box|>");
    expect(count(whole, /<div data-testid="message-answer-box"/g)).toBe(2); // one per block, the second continued
    expect(count(whole, />Answer</g)).toBe(1);
  });

  it("keeps a fenced code block inside a box a code block", () => {
    const html = render("Here:<|begin_of_box|>```html\n<p>hi</p>\n```<|end_of_box|>");
    expect(html).toContain('data-testid="code-block"');
    expect(html).toContain('data-testid="message-answer-box"');
    expect(html).not.toMatch(/[\uE000\uE001]/);
  });

  it("never shows marks the model sent itself, nor a box token while streaming", () => {
    expect(markAnswerBoxes("a\uE000b\uE001c")).toBe("abc");
    for (let i = 1; i < BOX_FLOW.length; i += 7) expect(render(BOX_FLOW.slice(0, i), true)).not.toMatch(/[\uE000\uE001]|<\||\|>/);
  });
});
