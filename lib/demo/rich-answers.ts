/**
 * Scripted answers that exercise the markdown renderer: every construct, hostile payloads, HTML
 * pages, pathological inputs and the 20,000-token answer of the rendering benchmark.
 */
import type { ScriptedAnswer } from "./script";
import { longMarkdown } from "./long-markdown";

const F = "```";

export const RICH_SCENARIOS = [
  "markdown-rich", "xss", "html-page", "long-markdown", "markdown-reasoning", "long-code",
  "deep-quotes", "deep-list", "huge-line", "many-stars", "huge-table", "deep-brackets", "box-flow",
] as const;

/** Answer boxes inside a list item and a sentence, with a footnote: the flow must stay whole. */
export const BOX_FLOW = [
  "Here is the plan[^1]:",
  "",
  "1. Open the file.",
  "2. Press <|begin_of_box|>**Save**<|end_of_box|> in the toolbar.",
  "3. Close it.",
  "",
  "[^1]: From the manual.",
  "",
  "So the answer is <|begin_of_box|>Save<|end_of_box|>, and that is all.",
].join("\n");

export function richAnswer(scenario: string): ScriptedAnswer | undefined {
  const done = (content: string, reasoning = "Rendering test."): ScriptedAnswer => ({ reasoning, content, finishReason: "stop" });
  switch (scenario) {
    case "markdown-rich":
      return done(MARKDOWN_RICH);
    case "box-flow":
      return done(BOX_FLOW);
    case "xss":
      return done(XSS_PAYLOADS.join("\n\n"));
    case "html-page":
      return done(HTML_PAGE);
    case "long-markdown":
      return done(longMarkdown(), "Planning a long answer.");
    case "markdown-reasoning":
      return done("Done thinking. <|begin_of_box|>42<|end_of_box|>", REASONING_MARKDOWN);
    case "long-code":
      return done(`Here is the file:\n\n${F}ts\n${codeLines(200).join("\n")}\n${F}\n\nThat is all.`);
    case "deep-quotes":
      return done(`${">".repeat(10_000)} deep quote end`);
    case "deep-list":
      return done(`${"- ".repeat(10_000)}deep list end\n\n${Array.from({ length: 2000 }, (_, i) => `${"  ".repeat(i)}- level ${i}`).join("\n")}`);
    case "huge-line":
      return done("word **bold** `code` [l](https://e.com) ".repeat(25_000).slice(0, 1_000_000) + " huge line end");
    case "many-stars":
      return done(`${"*".repeat(50_000)}\n\n${"*".repeat(25_000)}a${"*".repeat(25_000)}\n\n${"*a ".repeat(20_000)}stars end`);
    case "huge-table":
      return done(["| n | value | square |", "|---|---|---|", ...Array.from({ length: 5000 }, (_, i) => `| ${i} | **v${i}** | ${i * i} |`)].join("\n") + "\n\ntable end");
    case "deep-brackets":
      return done(`${"[".repeat(10_000)}x${"](".repeat(10_000)}${")".repeat(10_000)}\n\nbrackets end`);
    default:
      return undefined;
  }
}

export function codeLines(n: number): string[] {
  return Array.from({ length: n }, (_, i) => `export const value${i} = compute(${i}, "item-${i}"); // line ${i + 1}`);
}

const LONG_LINE = `const wide = [${Array.from({ length: 80 }, (_, i) => `"column-${i}"`).join(", ")}];`;

const MARKDOWN_RICH = [
  "# Heading one",
  "## Heading two",
  "### Heading three",
  "",
  "A paragraph with **bold**, _italic_, ~~struck~~, `inline code`, a [link](https://example.com/docs) and a footnote[^1].",
  "",
  "- first item",
  "- second item with **bold**",
  "  1. nested ordered",
  "  2. another",
  "",
  "- [x] done task",
  "- [ ] open task",
  "",
  "| Language | Typing | Year |",
  "|:---------|:------:|-----:|",
  "| Python | dynamic | 1991 |",
  "| Rust | static | 2015 |",
  "",
  "> A quoted line with *emphasis*.",
  "",
  `${F}python`,
  "def greet(name: str) -> str:",
  '    return f"Hello, {name}!"',
  F,
  "",
  `${F}rust`,
  "fn main() {",
  '    println!("{}", 1 + 2);',
  "}",
  F,
  "",
  `${F}ts`,
  LONG_LINE,
  F,
  "",
  `${F}<img src=x onerror=alert(1)>`,
  "hostile language name",
  F,
  "",
  `${F}notalanguage`,
  "plain text block",
  F,
  "",
  "Inline math $E = mc^2$ and \\(a^2 + b^2 = c^2\\).",
  "",
  "$$",
  "\\int_0^1 x^2 \\, dx = \\frac{1}{3}",
  "$$",
  "",
  "\\[",
  "\\sum_{n=1}^{\\infty} \\frac{1}{n^2} = \\frac{\\pi^2}{6}",
  "\\]",
  "",
  "[^1]: The footnote text.",
  "",
  "The result is <|begin_of_box|>**42** apples<|end_of_box|> in total.",
].join("\n");

/** Every hostile payload of issue 3; each would call alert() and set window.__xss if it ran. */
export const XSS_PAYLOADS = [
  "[a](javascript:window.__xss=1;alert(1))",
  "[b](JaVaScRiPt:alert(1))",
  "[c]( javascript:alert(1) )",
  "[d](<java script:alert(1)>)",
  "[e](&#106;avascript:alert(1))",
  "[f](&#x6A;avascript&#x3A;alert(1))",
  "[g](javascript&colon;alert(1))",
  "[h](jav&#x09;ascript:alert(1))",
  "[i](data:text/html,<script>alert(1)</script>)",
  "[j](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
  "<javascript:alert(1)>",
  "[k][ref]\n\n[ref]: javascript:alert(1)",
  "<img src=x onerror=\"window.__xss=1;alert(1)\">",
  "<svg onload=\"window.__xss=1;alert(1)\"><circle r=5/></svg>",
  "<iframe srcdoc=\"<script>parent.__xss=1;alert(1)</script>\"></iframe>",
  "<style>body{display:none !important}</style>",
  "<base href=\"https://evil.example/\">",
  "<meta http-equiv=\"refresh\" content=\"0;url=https://evil.example/\">",
  "<form action=\"https://evil.example/\"><button>submit</button></form>",
  "<script>window.__xss=1;alert(1)</script>",
  "<a href=\"javascript:alert(1)\">raw anchor</a>",
  "$\\href{javascript:alert(1)}{math link}$",
  "$$\\href{javascript:alert(1)}{x}$$",
  "\\(\\url{javascript:alert(1)}\\)",
  "$\\frac{<img src=x onerror=alert(1)>$",
  "![remote](https://evil.example/pixel.png)",
  "![remote2](//evil.example/pixel2.png)",
  "<img src=\"https://evil.example/raw.png\">",
  "<link rel=\"stylesheet\" href=\"https://evil.example/x.css\">",
  "xss payloads end",
];

const HTML_PAGE = [
  "Here is the page:",
  "",
  `${F}html`,
  "<!DOCTYPE html>",
  "<html><head><title>Preview</title></head>",
  "<body>",
  '<h1 id="title">Preview page</h1>',
  '<p id="status">script not run</p>',
  "<script>",
  "  document.getElementById('status').textContent = 'script ran';",
  "  try { parent.document.title = 'escaped'; document.body.dataset.parent = 'reachable'; }",
  "  catch (e) { document.body.dataset.parent = 'isolated'; }",
  "  fetch('/api/health?from-preview=1').then(() => { document.body.dataset.net = 'fetched'; }, () => { document.body.dataset.net = 'blocked'; });",
  "  new Image().src = '/api/health?from-preview-img=1';",
  "</script>",
  "</body></html>",
  F,
  "",
  "And without a fence:",
  "",
  "<!DOCTYPE html>",
  "<html><body><p>raw page</p><script>fetch('/api/health?from-raw=1')</script></body></html>",
  "",
  "html page end",
].join("\n");

const REASONING_MARKDOWN = [
  "## Plan",
  "",
  "I should check **three** things:",
  "",
  ...Array.from({ length: 100 }, (_, i) => `${i + 1}. step \`${i + 1}\` considers *option ${i + 1}*`),
  "",
  "reasoning end",
].join("\n");
