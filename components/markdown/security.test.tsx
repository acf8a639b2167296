import { renderToString } from "react-dom/server";
import { withIntl } from "@/test/intl";
import { beforeAll, describe, expect, it } from "vitest";
import { CodeBlock } from "./code-block";
import { HtmlPreview } from "./html-preview";
import { Markdown } from "./markdown";
import { preloadMath } from "./math";

const render = (text: string, streaming = false) => renderToString(withIntl(<Markdown text={text} streaming={streaming} />));

/** Renders the final text and every streaming prefix of it. */
function renderAll(text: string): string[] {
  const out = [render(text)];
  const step = Math.max(1, Math.floor(text.length / 60));
  for (let i = 1; i < text.length; i += step) out.push(render(text.slice(0, i), true));
  return out;
}

const HOSTILE_LINKS = [
  "[x](javascript:alert(1))",
  "[x](JaVaScRiPt:alert(1))",
  "[x]( javascript:alert(1) )",
  "[x](<java script:alert(1)>)",
  "[x](&#106;avascript:alert(1))",
  "[x](&#x6A;avascript&#x3A;alert(1))",
  "[x](javascript&colon;alert(1))",
  "[x](jav&#x09;ascript:alert(1))",
  "[x](vbscript:msgbox(1))",
  "[x](data:text/html,<script>alert(1)</script>)",
  "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
  "<javascript:alert(1)>",
  "[x][r]\n\n[r]: javascript:alert(1)",
];

describe("links", () => {
  it.each(HOSTILE_LINKS)("never renders a link for %j (live or final)", (md) => {
    for (const html of renderAll(md)) {
      expect(html).not.toMatch(/<a\b/i);
      expect(html).not.toMatch(/href="(?!https?:\/\/|mailto:|#)/);
    }
  });

  it("opens safe links in a new tab without referrer or opener", () => {
    const html = render("[site](https://example.com) and https://auto.example.org");
    expect(html).toContain('href="https://example.com/"');
    expect(html.match(/rel="noopener noreferrer nofollow"/g)).toHaveLength(2);
    expect(html.match(/target="_blank"/g)).toHaveLength(2);
  });
});

const HOSTILE_HTML: [string, RegExp][] = [
  ["<img src=x onerror=alert(1)>", /<img/i],
  ['<svg onload="alert(1)"><circle/></svg>', /<svg/i],
  ['<iframe srcdoc="<script>alert(1)</script>"></iframe>', /<iframe/i],
  ["<style>body{display:none}</style>", /<style/i],
  ['<base href="https://evil.example/">', /<base/i],
  ['<meta http-equiv="refresh" content="0;url=https://evil.example">', /<meta/i],
  ['<form action="https://evil.example"><button>go</button></form>', /<form|<button>go/i],
  ["<script>alert(1)</script>", /<script/i],
  ['hello <b onclick="alert(1)">bold</b> inline', /<b\b/i],
  ['> <img src=x onerror=alert(1)>\n\n- <svg onload=alert(1)>', /<img|<svg/i],
  ['<a href="javascript:alert(1)">x</a>', /<a\b/i],
];

describe("raw HTML is shown as text", () => {
  it.each(HOSTILE_HTML)("%j", (md, forbidden) => {
    for (const html of renderAll(md)) expect(html).not.toMatch(forbidden);
    expect(render(md)).toContain("&lt;");
  });
});

describe("images", () => {
  it("shows a placeholder instead of loading a remote image", () => {
    const html = render("![tracker](https://evil.example/pixel.png)");
    expect(html).not.toMatch(/<img/i);
    expect(html).toContain('data-testid="load-image-button"');
    expect(html).toContain("evil.example");
  });
  it("drops images with hostile sources", () => {
    const html = render("![x](javascript:alert(1))");
    expect(html).not.toMatch(/<img|load-image-button/i);
  });
});

describe("math", () => {
  beforeAll(async () => {
    await preloadMath();
  });

  it("renders KaTeX for all four delimiters", () => {
    for (const md of ["$x^2$", "$$\nx^2\n$$", "\\(x^2\\)", "\\[x^2\\]"]) {
      expect(render(md)).toContain('class="katex"');
    }
  });

  it("keeps prices as text: two dollars in a sentence are not a formula", () => {
    const html = render("Lunch is $5 and dinner $10 today.");
    expect(html).not.toContain('class="katex"');
    expect(html).toContain("Lunch is $5 and dinner $10 today.");
  });

  it("never turns \\href into a link", () => {
    for (const md of ["$\\href{javascript:alert(1)}{x}$", "$$\\href{javascript:alert(1)}{x}$$", "\\(\\url{javascript:alert(1)}\\)"]) {
      const html = render(md);
      expect(html).not.toMatch(/<a\b|href=/i);
    }
  });

  it("shows KaTeX errors as escaped text", () => {
    const html = render("$\\frac{<img src=x onerror=alert(1)>$");
    expect(html).not.toMatch(/<img/i);
    expect(html).toContain('data-math-error="true"');
  });
});

describe("code blocks", () => {
  it("labels hostile language names as text without markup", () => {
    const html = render("```<img/src=x/onerror=alert(1)>\ncode\n```");
    expect(html).not.toMatch(/<img/i);
    expect(html).toContain('data-language="text"');
  });

  it("offers an HTML preview for html blocks and for raw HTML documents", () => {
    expect(render("```html\n<p>hi</p>\n```")).toContain('data-testid="html-preview-button"');
    const raw = render("Here:\n<!DOCTYPE html>\n<html><body><script>alert(1)</script></body></html>");
    expect(raw).toContain('data-testid="html-preview-button"');
    expect(raw).not.toMatch(/<script/i);
    expect(render("```js\nx\n```")).not.toContain("html-preview-button");
  });

  it("starts the preview with scripts off and never allows same-origin", () => {
    const html = renderToString(withIntl(<HtmlPreview html="<script>fetch('https://evil.example')</script>" />));
    expect(html).toContain('data-testid="html-preview-run-scripts"');
    expect(html).not.toMatch(/checked=""/);
    expect(html).not.toContain("allow-scripts");
    expect(html).not.toContain("allow-same-origin");
    expect(html).not.toContain("evil.example");
  });

  it("shows plain code immediately with a copy button", () => {
    const html = renderToString(withIntl(<CodeBlock code={"const a = 1;\n".repeat(3)} language="ts" />));
    expect(html).toContain('data-testid="copy-code-button"');
    expect(html).toContain("const a = 1;");
    expect(html).toContain("overflow-x-auto");
  });
});

describe("GLM answer tokens", () => {
  it("renders a box as the Answer block and never shows tokens", () => {
    const text = "Looking at it.<|begin_of_box|>**42**<|end_of_box|>";
    for (const html of renderAll(text)) expect(html).not.toMatch(/<\||\|>|begin_of|end_of/);
    const html = render(text);
    expect(html).toContain('data-testid="message-answer-box"');
    expect(html).toContain("<strong>42</strong>");
  });
});

describe("streaming healing in the renderer", () => {
  it("never shows raw markers for half-written syntax", () => {
    expect(render("some **bold", true)).toContain("<strong>bold</strong>");
    expect(render("see [docs](https://exa", true)).not.toContain("](");
    expect(render("```py\nprint(1)", true)).toContain('data-testid="code-block"');
    expect(render("| a | b |\n|--", true)).not.toContain("| a |");
  });
});
