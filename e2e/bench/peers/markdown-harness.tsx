/**
 * Browser side of e2e/bench/markdown-peer.bench.ts, bundled by esbuild into a blank page: the
 * app's markdown renderer (components/markdown), streamdown with its code and math plugins, and a
 * naive react-markdown + shiki re-render, each fed the same answer in fixed-size updates.
 * Never shipped: only the bench imports it.
 */
import { code } from "@streamdown/code";
import { createMathPlugin } from "@streamdown/math";
import { NextIntlClientProvider } from "next-intl";
import ReactMarkdown from "react-markdown";
import rehypeKatex from "rehype-katex";
import remarkGfm from "remark-gfm";
import remarkMath from "remark-math";
import { createHighlighter, type Highlighter } from "shiki";
import { createJavaScriptRegexEngine } from "shiki/engine/javascript";
import { createRoot } from "react-dom/client";
import { Streamdown } from "streamdown";
import { Markdown } from "@/components/markdown/markdown";
import en from "@/lib/i18n/messages/en.json";
import { peerAnswer } from "./markdown-answer";

export type Kind = "app" | "streamdown" | "naive";

const LANGS = ["ts", "python", "rust", "go", "sql", "bash", "json", "css", "java", "cpp", "yaml", "html"];
let shiki: Highlighter | null = null;
// The app renders `$x$` inline math too; streamdown does only with this option.
const math = createMathPlugin({ singleDollarTextMath: true });
const plugins = { code, math };

function NaiveCode({ className, children }: { className?: string; children?: React.ReactNode }) {
  const lang = /language-(\w+)/.exec(className ?? "")?.[1];
  const text = String(children ?? "");
  if (!lang || !shiki) return <code className={className}>{children}</code>;
  // The naive way: highlight every block from scratch on every render, on the main thread.
  return <code dangerouslySetInnerHTML={{ __html: shiki.codeToHtml(text, { lang, theme: "github-light" }) }} />;
}

function Contender({ kind, text, streaming }: { kind: Kind; text: string; streaming: boolean }) {
  if (kind === "app")
    return (
      <NextIntlClientProvider locale="en" messages={en} timeZone="UTC">
        <Markdown text={text} streaming={streaming} />
      </NextIntlClientProvider>
    );
  if (kind === "streamdown")
    return (
      <Streamdown mode="streaming" isAnimating={streaming} plugins={plugins}>
        {text}
      </Streamdown>
    );
  return (
    <ReactMarkdown remarkPlugins={[remarkGfm, remarkMath]} rehypePlugins={[rehypeKatex]} components={{ code: NaiveCode }}>
      {text}
    </ReactMarkdown>
  );
}

const longTasks: { start: number; duration: number }[] = [];
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) longTasks.push({ start: e.startTime, duration: e.duration });
}).observe({ type: "longtask", buffered: false });

export interface RunResult {
  updates: number;
  /** performance.now() when streaming began (a `mdpeer-start` mark at the same moment). */
  started: number;
  /** performance.now() of a `mdpeer-end` mark made once the DOM had been quiet. */
  endMark: number;
  /** performance.now() of the final render's last DOM change: the end of the measured window. */
  finished: number;
  wallMs: number;
  /** From the last update (streaming ended) to the last DOM change of the final render. */
  lastTokenToFinal: number;
  longestAfterFirstSecond: number;
  longTasksAfterFirstSecond: number;
  codeBlocks: number;
  katex: number;
  elements: number;
  colouredTokens: number;
}

const answer = peerAnswer();
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Streams `chars` characters (the whole answer by default) in updates of `step` characters, one
 * update per timer task at most every `paceMs`, then the final non-streaming render, and waits
 * until the DOM has been quiet for `quietMs`.
 */
async function run(kind: Kind, step: number, paceMs: number, chars = answer.length, quietMs = 600): Promise<RunResult> {
  if (kind === "naive" && !shiki) {
    shiki = await createHighlighter({ themes: ["github-light"], langs: LANGS, engine: createJavaScriptRegexEngine({ forgiving: true }) });
  }
  const host = document.createElement("div");
  document.getElementById("root")!.replaceChildren(host);
  const root = createRoot(host);
  let lastMutation = 0;
  const mo = new MutationObserver(() => (lastMutation = performance.now()));
  mo.observe(host, { subtree: true, childList: true, attributes: true, characterData: true });
  const text = answer.slice(0, chars);
  const started = performance.now();
  // Lets a trace of the run line its clock up with performance.now() (e2e/bench/markdown-peer.bench.ts).
  performance.mark("mdpeer-start");
  let updates = 0;
  for (let pos = step; pos < text.length; pos += step) {
    root.render(<Contender kind={kind} text={text.slice(0, pos)} streaming />);
    updates++;
    await sleep(paceMs);
  }
  const lastToken = performance.now();
  root.render(<Contender kind={kind} text={text} streaming={false} />);
  updates++;
  for (let t = 0; t < 60_000 / 50; t++) {
    await sleep(50);
    if (performance.now() - Math.max(lastMutation, lastToken) >= quietMs) break;
  }
  mo.disconnect();
  const endMark = performance.now();
  performance.mark("mdpeer-end");
  const after = longTasks.filter((l) => l.start > started + 1000 && l.start < lastMutation + 1);
  const result: RunResult = {
    updates,
    started,
    endMark,
    finished: lastMutation,
    wallMs: lastMutation - started,
    lastTokenToFinal: Math.max(0, lastMutation - lastToken),
    longestAfterFirstSecond: Math.max(0, ...after.map((l) => l.duration)),
    longTasksAfterFirstSecond: after.length,
    codeBlocks: host.querySelectorAll("pre").length,
    katex: host.querySelectorAll(".katex").length,
    elements: host.getElementsByTagName("*").length,
    // Both highlight with shiki into inline-styled spans: proof the colours landed in the end.
    colouredTokens: host.querySelectorAll("pre span[style]").length,
  };
  root.unmount();
  return result;
}

(window as unknown as { __mdPeer: unknown }).__mdPeer = { run, chars: answer.length };
